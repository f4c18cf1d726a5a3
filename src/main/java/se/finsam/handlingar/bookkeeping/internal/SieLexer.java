package se.finsam.handlingar.bookkeeping.internal;

import java.util.ArrayList;
import java.util.List;

import se.finsam.handlingar.bookkeeping.SieFinding;

/**
 * Splits SIE lines into fields as SIE 4B prescribes: fields separated by spaces or tabs, text in double quotes with
 * {@code \"} for a quote inside, object lists in braces. Also feeds the {@code #KSUMMA} checksum with each record's
 * label and field contents (no separators, quotes, braces or line ends), the characters in CP437.
 */
final class SieLexer {

    private SieLexer() {
    }

    /** The record of one line, or null for an empty line; syntax errors are added to findings. */
    static SieRecord lex(String text, int lineNo, List<SieFinding> findings) {
        String line = text.strip();
        if (line.isEmpty()) {
            return null;
        }
        if (line.equals("{") || line.equals("}")) {
            return new SieRecord(lineNo, line, List.of());
        }
        if (!line.startsWith("#")) {
            findings.add(SieFinding.error("sie.syntax", lineNo, "Raden börjar inte med en etikett (#...): " + shorten(line)));
            return null;
        }
        List<Object> fields = new ArrayList<>();
        List<String> list = null;
        int i = 0;
        int n = line.length();
        String label = null;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c == '{') {
                if (list != null) {
                    findings.add(SieFinding.error("sie.syntax", lineNo, "Objektlistor kan inte ligga i varandra."));
                    return null;
                }
                list = new ArrayList<>();
                i++;
                continue;
            }
            if (c == '}') {
                if (list == null) {
                    findings.add(SieFinding.error("sie.syntax", lineNo, "En } utan föregående {."));
                    return null;
                }
                fields.add(List.copyOf(list));
                list = null;
                i++;
                continue;
            }
            StringBuilder token = new StringBuilder();
            if (c == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < n && line.charAt(i + 1) == '"') {
                        token.append('"');
                        i += 2;
                    } else if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        token.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    findings.add(SieFinding.error("sie.syntax", lineNo, "Ett citattecken avslutas inte på raden."));
                    return null;
                }
            } else {
                while (i < n) {
                    char d = line.charAt(i);
                    if (d == ' ' || d == '\t' || d == '{' || d == '}' || d == '"') {
                        break;
                    }
                    token.append(d);
                    i++;
                }
            }
            if (label == null) {
                label = token.toString().toUpperCase(java.util.Locale.ROOT);
            } else if (list != null) {
                list.add(token.toString());
            } else {
                fields.add(token.toString());
            }
        }
        if (list != null) {
            findings.add(SieFinding.error("sie.syntax", lineNo, "En objektlista { … } avslutas inte på raden."));
            return null;
        }
        return new SieRecord(lineNo, label, List.copyOf(fields));
    }

    /** The characters of a record that count in the #KSUMMA checksum. */
    static String checksumText(SieRecord r) {
        StringBuilder sb = new StringBuilder(r.label());
        for (Object f : r.fields()) {
            if (f instanceof List<?> l) {
                l.forEach(x -> sb.append(x));
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
