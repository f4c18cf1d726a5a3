package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Narrative text cites figures with {@code {{aretsResultat.tkr}}}; the figure is written in from the data, so text and
 * tables cannot disagree. Text taken over from an existing report keeps its printed number as
 * {@code {{aretsResultat.tkr=57}}}: the printed number is shown and checked against the figure.
 */
final class AnnualNarrative {

    static final Pattern MARKER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9._-]+)\\s*(?:=\\s*([^}]*?))?\\s*\\}\\}");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![\\p{L}\\d])(xx+|XX+|TODO)(?![\\p{L}\\d])");

    /** The sections with their text resolved, per section list name. */
    final Map<String, List<AnnualReportView.Section>> sections = new LinkedHashMap<>();

    void analyse(JsonNode data, AnnualFigureBook book, AnnualFindings f) {
        for (String list : List.of("forvaltningsberattelse", "bilagor")) {
            List<AnnualReportView.Section> out = new ArrayList<>();
            JsonNode nodes = data.path(list);
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode section = nodes.get(i);
                String p = "/" + list + "/" + i + "/text";
                String text = resolve(section.path("text").asString(""), p, book, f);
                JsonNode innehall = section.has("innehall")
                        ? resolveBlocks(section.get("innehall"), "/" + list + "/" + i + "/innehall", book, f) : null;
                if (section.path("granskas").asBoolean(false) && (section.has("text") || section.has("innehall"))) {
                    f.add(new Finding(Severity.WARNING, "text.granskas", p, "Avsnittet \"" + section.path("rubrik")
                            .asString("") + "\" har föregående års text; granska den för " + data.path("ar").asInt()
                            + " och ta bort markeringen granskas.", null, null));
                }
                out.add(new AnnualReportView.Section(section.path("rubrik").asString(""), text, innehall));
            }
            sections.put(list, out);
        }
    }

    /** The content vocabulary's blocks with the markers in every text (paragraphs, list items, cells) written in. */
    static JsonNode resolveBlocks(JsonNode node, String pointer, AnnualFigureBook book, AnnualFindings f) {
        if (node.isString()) {
            return node.asString().contains("{{") || PLACEHOLDER.matcher(node.asString()).find()
                    ? StringNode.valueOf(resolve(node.asString(), pointer, book, f)) : node;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                out.add(resolveBlocks(node.get(i), pointer + "/" + i, book, f));
            }
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (String name : node.propertyNames()) {
                out.set(name, resolveBlocks(node.get(name), pointer + "/" + name, book, f));
            }
            return out;
        }
        return node;
    }

    static String resolve(String text, String pointer, AnnualFigureBook book, AnnualFindings f) {
        Matcher placeholder = PLACEHOLDER.matcher(text.replaceAll("\\{\\{[^}]*\\}\\}", ""));
        while (placeholder.find()) {
            f.add(new Finding(Severity.WARNING, "text.platshallare", pointer, "Texten innehåller platshållaren \""
                    + placeholder.group(1) + "\" där en uppgift ska stå.", null, placeholder.group(1)));
        }
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String printed = m.group(2);
            AnnualFigureBook.Figure figure = book.get(key);
            String replacement;
            if (figure == null) {
                f.add(new Finding(Severity.ERROR, "text.okandUppgift", pointer, "Texten hänvisar till uppgiften \""
                        + key + "\", som inte finns" + missingBecause(key) + ".", null, key));
                replacement = printed == null ? "" : printed;
            } else if (printed != null) {
                BigDecimal actual = parse(printed);
                if (actual == null) {
                    f.add(new Finding(Severity.ERROR, "text.ogiltigtTal", pointer, "\"" + printed
                            + "\" är inget tal (uppgiften " + key + ").", figure.value(), null));
                } else {
                    f.compare("text.uppgift", pointer, "Talet i texten ”" + context(text, m.start(), m.end(), printed)
                            + "”", figure.unit(), figure.value(), actual);
                }
                replacement = printed;
            } else {
                replacement = AnnualFindings.format(figure.value(), figure.unit().equals("tkr") ? "" : figure.unit());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The printed number with the words around it, markers shown as printed: how a reader finds the place. */
    static String context(String text, int start, int end, String printed) {
        String before = shown(text.substring(0, start)).replaceAll("\\s+", " ");
        String after = shown(text.substring(end)).replaceAll("\\s+", " ");
        String[] b = before.strip().split(" ");
        String[] a = after.strip().split(" ");
        StringBuilder out = new StringBuilder(b.length > 4 ? "…" : "");
        for (int i = Math.max(0, b.length - 4); i < b.length; i++) {
            out.append(b[i].replace("*", "")).append(i < b.length - 1 || before.endsWith(" ") ? " " : "");
        }
        out.append(printed.strip());
        if (!after.isEmpty() && !Character.isWhitespace(after.charAt(0)) && a.length > 0) {
            out.append(a[0].replace("*", ""));
            a = java.util.Arrays.copyOfRange(a, 1, a.length);
        }
        for (int i = 0; i < Math.min(2, a.length); i++) {
            out.append(' ').append(a[i].replace("*", ""));
        }
        return out.append(a.length > 2 ? "…" : "").toString().strip();
    }

    private static String shown(String text) {
        return MARKER.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(2) == null ? "" : r.group(2)));
    }

    /** Why a participant or Impactindex figure may be missing: this year's counts are not entered yet (a draft). */
    private static String missingBecause(String key) {
        if (key.startsWith("deltagare.")) {
            return " (har deltagarstatistiken årets antal kvinnor och män?)";
        }
        if (key.startsWith("impact.")) {
            return " (har Impactindex-tabellen årets värden?)";
        }
        return "";
    }

    private static BigDecimal parse(String printed) {
        String s = printed.replace("\u00A0", "").replace(" ", "").replace("%", "").replace("tkr", "")
                .replace('\u2212', '-').replace(',', '.');
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
