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
                if (section.path("granskas").asBoolean(false)) {
                    f.add(new Finding(Severity.WARNING, "text.granskas", p, "Avsnittet \"" + section.path("rubrik")
                            .asString("") + "\" har föregående års text; granska den för " + data.path("ar").asInt()
                            + " och ta bort markeringen granskas.", null, null));
                }
                out.add(new AnnualReportView.Section(section.path("rubrik").asString(""), text));
            }
            sections.put(list, out);
        }
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
                    f.compare("text.uppgift", pointer, "Talet i texten för " + key, figure.unit(), figure.value(), actual);
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
