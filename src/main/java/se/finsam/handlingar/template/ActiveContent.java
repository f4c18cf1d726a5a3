package se.finsam.handlingar.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what would make a template's HTML active content in a browser: {@code <script>}, {@code <iframe>},
 * {@code <object>}, {@code <embed>}, {@code <form>} (and their kin), event-handler attributes ({@code onclick=}) and
 * {@code javascript:} URLs. A document never needs any of them, and HTML output is served from the API's origin, so
 * a version that contains one is refused when it is created or changed. The renderer checks its output again, which
 * also catches markup a template assembles at run time.
 */
public final class ActiveContent {

    /** One place in a file where active content was found; line and column start at 1. */
    public record Hit(String file, int line, int column, String what) {
    }

    private static final Pattern ELEMENT = Pattern.compile(
            "<\\s*(script|iframe|frame|frameset|object|embed|applet|form|base|portal)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFRESH = Pattern.compile("<\\s*meta\\b[^>]*http-equiv", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>");
    private static final Pattern HANDLER = Pattern.compile("[\\s\"'/](on[a-z]+)\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("(java|vb)script\\s*:|data\\s*:\\s*text/html",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_EXPRESSION = Pattern.compile("expression\\s*\\(|-moz-binding|behavior\\s*:",
            Pattern.CASE_INSENSITIVE);

    private ActiveContent() {
    }

    /** Every hit in the version's text files, in file and position order. */
    public static List<Hit> scan(Map<String, String> files) {
        List<Hit> hits = new ArrayList<>();
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String name = e.getKey();
            if (name.endsWith(".json") || e.getValue() == null) {
                return;
            }
            hits.addAll(scan(name, e.getValue()));
        });
        return hits;
    }

    static List<Hit> scan(String file, String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher element = ELEMENT.matcher(text);
        while (element.find()) {
            hits.add(hit(file, text, element.start(), "<" + element.group(1).toLowerCase() + ">"));
        }
        Matcher refresh = REFRESH.matcher(text);
        while (refresh.find()) {
            hits.add(hit(file, text, refresh.start(), "<meta http-equiv>"));
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            Matcher handler = HANDLER.matcher(tag.group());
            while (handler.find()) {
                hits.add(hit(file, text, tag.start() + handler.start(1), "händelseattributet " + handler.group(1).toLowerCase()));
            }
        }
        Matcher url = SCRIPT_URL.matcher(text);
        while (url.find()) {
            hits.add(hit(file, text, url.start(), url.group().replaceAll("\\s", "").toLowerCase()));
        }
        Matcher css = CSS_EXPRESSION.matcher(text);
        while (css.find()) {
            hits.add(hit(file, text, css.start(), css.group().replaceAll("[\\s(:]", "")));
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::line).thenComparingInt(Hit::column));
        return hits;
    }

    private static Hit hit(String file, String text, int offset, String what) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Hit(file, line, offset - lineStart + 1, what);
    }
}
