package se.finsam.handlingar.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page as the template's stylesheet sets it ({@code @page}): size, margins, the running header's element and the
 * footer's content ({@code "Sida " counter(page) " av " counter(pages)}), and whether the first page has none.
 * Read from the template's CSS so that the wording stays in the template.
 */
record DocxPage(int width, int height, int top, int right, int bottom, int left, String headerElement,
        List<String> footer, String footerAlign, int footerSize, boolean noHeaderOnFirst, boolean noFooterOnFirst) {

    private static final Pattern PAGE = Pattern.compile("@page\\s*\\{((?:[^{}]|\\{[^{}]*\\})*)\\}");
    private static final Pattern FIRST = Pattern.compile("@page\\s*:first\\s*\\{((?:[^{}]|\\{[^{}]*\\})*)\\}");
    private static final Pattern MARGIN = Pattern.compile("(?:^|[;{\\s])margin\\s*:\\s*([^;}]+)");
    private static final Pattern SIZE = Pattern.compile("(?:^|[;{\\s])size\\s*:\\s*([^;}]+)");
    private static final Pattern BOX = Pattern.compile("@(top|bottom)-(left|center|right)\\s*\\{([^}]*)\\}");
    private static final Pattern CONTENT = Pattern.compile("content\\s*:\\s*([^;]+)");
    private static final Pattern TOKEN = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|counter\\(\\s*(pages?)\\s*\\)|element\\(\\s*([\\w-]+)\\s*\\)");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size\\s*:\\s*([\\d.]+)pt");

    static final String PAGE_FIELD = "\u0000PAGE";
    static final String PAGES_FIELD = "\u0000NUMPAGES";

    int textWidth() {
        return width - left - right;
    }

    /**
     * @param linked the stylesheets in the order the document links them (the cascade: a later rule wins, as the
     *               kallelse's own {@code @page :first} header over the house style's none); other CSS files follow
     */
    static DocxPage from(Map<String, String> templateFiles, List<String> linked) {
        StringBuilder css = new StringBuilder();
        java.util.LinkedHashSet<String> order = new java.util.LinkedHashSet<>(linked);
        order.addAll(templateFiles.keySet());
        for (String name : order) {
            String text = templateFiles.get(name);
            if (name.endsWith(".css") && text != null) {
                css.append(text.replaceAll("/\\*(?s:.*?)\\*/", "")).append('\n');
            }
        }
        int width = 11906;
        int height = 16838;
        int[] margins = {1417, 1417, 1417, 1417};
        String header = null;
        List<String> footer = List.of();
        String align = "center";
        int footerSize = 18;
        Matcher page = PAGE.matcher(css);
        while (page.find()) {
            String block = page.group(1);
            String outer = block.replaceAll("@[\\w-]+\\s*\\{[^}]*\\}", "");
            Matcher m = MARGIN.matcher(outer);
            if (m.find()) {
                margins = margins(m.group(1).strip());
            }
            Matcher s = SIZE.matcher(outer);
            if (s.find() && s.group(1).toLowerCase(Locale.ROOT).contains("landscape")) {
                width = 16838;
                height = 11906;
            }
            Matcher box = BOX.matcher(block);
            while (box.find()) {
                List<String> tokens = content(box.group(3));
                if (tokens.isEmpty()) {
                    continue;
                }
                if (box.group(1).equals("top") && tokens.get(0).startsWith("\u0001")) {
                    header = tokens.get(0).substring(1);
                } else if (box.group(1).equals("bottom")) {
                    footer = tokens;
                    align = box.group(2);
                    Matcher fs = FONT_SIZE.matcher(box.group(3));
                    if (fs.find()) {
                        footerSize = Math.round(Float.parseFloat(fs.group(1)) * 2);
                    }
                }
            }
        }
        boolean noHeaderFirst = false;
        boolean noFooterFirst = false;
        Matcher first = FIRST.matcher(css);
        while (first.find()) {
            Matcher box = BOX.matcher(first.group(1));
            while (box.find()) {
                String declarations = box.group(3).replaceAll("\\s", "");
                if (!declarations.contains("content:")) {
                    continue;
                }
                boolean none = declarations.contains("content:none");
                if (box.group(1).equals("top")) {
                    noHeaderFirst = none;
                } else if (box.group(1).equals("bottom")) {
                    noFooterFirst = none;
                }
            }
        }
        return new DocxPage(width, height, margins[0], margins[1], margins[2], margins[3], header, footer, align,
                footerSize, noHeaderFirst, noFooterFirst);
    }

    /** Strings as they are, page counters as field markers, a running element as its name after \u0001. */
    private static List<String> content(String declarations) {
        Matcher c = CONTENT.matcher(declarations);
        if (!c.find()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(c.group(1));
        while (t.find()) {
            if (t.group(1) != null) {
                tokens.add(t.group(1).replace("\\\"", "\""));
            } else if (t.group(2) != null) {
                tokens.add(t.group(2).equals("page") ? PAGE_FIELD : PAGES_FIELD);
            } else {
                tokens.add("\u0001" + t.group(3));
            }
        }
        return tokens;
    }

    private static int[] margins(String value) {
        String[] parts = value.split("\\s+");
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = twips(parts[i]);
        }
        return switch (v.length) {
            case 1 -> new int[] {v[0], v[0], v[0], v[0]};
            case 2 -> new int[] {v[0], v[1], v[0], v[1]};
            case 3 -> new int[] {v[0], v[1], v[2], v[1]};
            default -> new int[] {v[0], v[1], v[2], v[3]};
        };
    }

    private static int twips(String length) {
        Matcher m = Pattern.compile("([\\d.]+)\\s*(mm|cm|pt|in|px)?").matcher(length.strip());
        if (!m.matches()) {
            return 1417;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        double points = switch (unit) {
            case "mm" -> n * 72 / 25.4;
            case "cm" -> n * 720 / 25.4;
            case "in" -> n * 72;
            case "pt" -> n;
            default -> n * 0.75;
        };
        return (int) Math.round(points * 20);
    }
}
