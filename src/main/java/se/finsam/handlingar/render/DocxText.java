package se.finsam.handlingar.render;

/** Escaping and whitespace rules shared by the DOCX parts. */
final class DocxText {

    private DocxText() {
    }

    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** HTML whitespace collapsing: runs of space, tab and newline become one space; no-break spaces stay. */
    /**
     * Text that must stay on one line ({@code white-space: nowrap}) in a word processor: non-breaking spaces, and a
     * word joiner (U+2060) after each dash, hyphen or slash, where Word and LibreOffice would otherwise break.
     */
    static String unbreakable(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == ' ' ? '\u00a0' : c);
            if ((c == '-' || c == '\u2013' || c == '\u2014' || c == '/') && i + 1 < text.length()) {
                out.append('\u2060');
            }
        }
        return out.toString();
    }

    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    /** A Word bookmark name (letters, digits, underscore; at most 40 characters; starts with a letter). */
    static String bookmark(String id) {
        StringBuilder out = new StringBuilder("_");
        for (int i = 0; i < id.length() && out.length() < 40; i++) {
            char c = id.charAt(i);
            out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return "h" + out.substring(0, Math.min(out.length(), 39));
    }
}
