package se.finsam.handlingar.template;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References from a template to files of its version ({@code <link href="style.css">}, {@code <img src="tpl:/…">}):
 * what they name once the {@code tpl:/} scheme and percent-encoding are taken away, and whether that stays inside the
 * version. The renderer resolves the same way, so a reference refused here is refused there.
 */
public final class FileReferences {

    private static final String SCHEME = "tpl:/";
    /** A literal href or src of a link or img element (one assembled with ${…} is checked when it renders). */
    private static final Pattern LITERAL = Pattern.compile(
            "<(?:link|img)\\b[^>]*?\\s(?:href|src)\\s*=\\s*\"([^\"$]*)\"", Pattern.CASE_INSENSITIVE);

    /** A reference that names a file the version does not have, or a place outside it. */
    public record Problem(String file, int line, int column, String reference, boolean outside) {
        public String message() {
            return "Mallen hänvisar till \"" + reference + "\", som " + (outside ? "ligger utanför mallversionen"
                    : "inte finns i mallversionen") + " (" + file + " rad " + line + ", kolumn " + column + ").";
        }
    }

    private FileReferences() {
    }

    /**
     * The file a reference names, decoded; empty for a fragment or another scheme (http, mailto, data, file, …: links
     * out of the document, or loads the renderer refuses anyway).
     */
    public static Optional<String> localName(String reference) {
        String r = reference.strip();
        if (r.isEmpty() || r.startsWith("#") || r.matches("(?is)[a-z][a-z0-9+.-]*:.*") && !r.startsWith(SCHEME)) {
            return Optional.empty();
        }
        if (r.startsWith(SCHEME)) {
            r = r.substring(SCHEME.length());
        }
        try {
            return Optional.of(URLDecoder.decode(r.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.of(r);
        }
    }

    /** A decoded name that leaves the version: absolute, with a scheme, {@code ..}, or a backslash. */
    public static boolean outside(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return true;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }

    /** Literal references in the markup files that name a missing file or a place outside the version. */
    static List<Problem> scan(Map<String, String> files, java.util.Set<String> available) {
        List<Problem> problems = new ArrayList<>();
        files.forEach((file, content) -> {
            if (content == null || !(file.endsWith(".ftlh") || file.endsWith(".ftl") || file.endsWith(".ftlx"))) {
                return;
            }
            Matcher m = LITERAL.matcher(content);
            while (m.find()) {
                String reference = m.group(1);
                Optional<String> name = localName(reference);
                if (name.isEmpty()) {
                    continue;
                }
                boolean outside = outside(name.get());
                if (outside || !available.contains(name.get())) {
                    int at = m.start(1);
                    int line = 1 + (int) content.substring(0, at).chars().filter(c -> c == '\n').count();
                    int column = at - content.lastIndexOf('\n', at - 1);
                    problems.add(new Problem(file, line, column, reference, outside));
                }
            }
        });
        return problems;
    }
}
