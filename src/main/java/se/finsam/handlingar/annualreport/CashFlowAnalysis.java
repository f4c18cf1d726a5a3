package se.finsam.handlingar.annualreport;

import se.finsam.handlingar.budget.Amounts;
import static se.finsam.handlingar.budget.Amounts.of;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Kassaflödesanalys by the indirect method, derived from årets resultat and the change in the balance sheet between
 * two year ends. A year without the balance sheet of the year before falls back on its printed lines, which are then
 * only checked against each other and against the change in likvida medel.
 */
final class CashFlowAnalysis {

    static final List<String> LINES = List.of("aretsResultat", "justeringar", "medelFore", "fordringar", "skulder",
            "lopande", "investering", "finansiering", "aretsKassaflode", "likvidaMedelBorjan", "likvidaMedelSlut");

    /** Shown values per column (printed, else derived). */
    final List<Map<String, BigDecimal>> columns = new ArrayList<>();

    void analyse(JsonNode data, StatementAnalysis statements, AnnualFindings f) {
        JsonNode printedYears = data.path("kassaflodesanalys").path("tryckt");
        for (int c = 0; c < statements.income.size(); c++) {
            int index = printedIndex(printedYears, data.path("ar").asInt() - c);
            JsonNode printed = index < 0 ? null : printedYears.get(index);
            String p = "/kassaflodesanalys/tryckt/" + index;
            Map<String, BigDecimal> before = c + 1 < statements.balance.size() ? statements.balance.get(c + 1)
                    : c + 1 == statements.balance.size() ? statements.opening : null;
            Map<String, BigDecimal> derived = before != null
                    ? derive(statements.income.get(c), statements.balance.get(c), before)
                    : fromPrinted(printed, statements.income.get(c), statements.balance.size() > c ? statements.balance.get(c) : null);
            if (derived == null) {
                continue;
            }
            Map<String, BigDecimal> shown = new LinkedHashMap<>();
            String year = StatementAnalysis.year(data, c);
            for (String line : LINES) {
                BigDecimal value = printed == null ? null : of(printed.path(line));
                if (printed != null && (value != null || !printed.path(line).isMissingNode())) {
                    f.compare("kassaflode.rad", p + "/" + line, label(line) + " i kassaflödesanalysen " + year, "kr",
                            derived.get(line), value);
                }
                shown.put(line, Amounts.shown(value, derived.get(line)));
            }
            BigDecimal change = derived.get("likvidaMedelSlut").subtract(derived.get("likvidaMedelBorjan"));
            f.compare("kassaflode.likvidaMedel", index < 0 ? "/kassaflodesanalys" : p + "/aretsKassaflode",
                    "Årets kassaflöde " + year + " (förändringen av likvida medel)", "kr", change,
                    derived.get("aretsKassaflode"));
            columns.add(shown);
        }
    }

    private static Map<String, BigDecimal> derive(Map<String, BigDecimal> rr, Map<String, BigDecimal> now,
            Map<String, BigDecimal> before) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        BigDecimal depreciation = rr.get("avskrivningar").negate();
        m.put("aretsResultat", rr.get("aretsResultat"));
        m.put("justeringar", depreciation.add(delta(now, before, "avsattningar")));
        m.put("medelFore", m.get("aretsResultat").add(m.get("justeringar")));
        m.put("fordringar", delta(now, before, "fordringar").negate());
        m.put("skulder", delta(now, before, "kortfristigaSkulder"));
        m.put("lopande", Amounts.sum(m.get("medelFore"), m.get("fordringar"), m.get("skulder")));
        m.put("investering", delta(now, before, "anlaggningstillgangar").add(depreciation).negate());
        m.put("finansiering", delta(now, before, "langfristigaSkulder"));
        m.put("aretsKassaflode", Amounts.sum(m.get("lopande"), m.get("investering"), m.get("finansiering")));
        m.put("likvidaMedelBorjan", before.get("kassaOchBank"));
        m.put("likvidaMedelSlut", now.get("kassaOchBank"));
        return m;
    }

    /** The year's lines as printed, with each subtotal recomputed from the printed lines above it. */
    private static Map<String, BigDecimal> fromPrinted(JsonNode printed, Map<String, BigDecimal> rr,
            Map<String, BigDecimal> balanceNow) {
        if (printed == null) {
            return null;
        }
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("aretsResultat", rr.get("aretsResultat"));
        m.put("justeringar", Amounts.orZero(printed.path("justeringar")));
        m.put("medelFore", m.get("aretsResultat").add(m.get("justeringar")));
        m.put("fordringar", Amounts.orZero(printed.path("fordringar")));
        m.put("skulder", Amounts.orZero(printed.path("skulder")));
        m.put("lopande", Amounts.sum(m.get("medelFore"), m.get("fordringar"), m.get("skulder")));
        m.put("investering", Amounts.orZero(printed.path("investering")));
        m.put("finansiering", Amounts.orZero(printed.path("finansiering")));
        m.put("aretsKassaflode", Amounts.sum(m.get("lopande"), m.get("investering"), m.get("finansiering")));
        m.put("likvidaMedelBorjan", Amounts.orZero(printed.path("likvidaMedelBorjan")));
        m.put("likvidaMedelSlut", balanceNow != null ? balanceNow.get("kassaOchBank")
                : Amounts.orZero(printed.path("likvidaMedelSlut")));
        return m;
    }

    private static BigDecimal delta(Map<String, BigDecimal> now, Map<String, BigDecimal> before, String key) {
        return now.get(key).subtract(before.get(key));
    }

    private static int printedIndex(JsonNode printedYears, int year) {
        for (int i = 0; i < printedYears.size(); i++) {
            if (printedYears.get(i).path("ar").asInt() == year) {
                return i;
            }
        }
        return -1;
    }

    static String label(String line) {
        return switch (line) {
            case "aretsResultat" -> "Årets resultat";
            case "justeringar" -> "Justering för ej likviditetspåverkande poster";
            case "medelFore" -> "Medel från verksamheten före förändring av rörelsekapital";
            case "fordringar" -> "Ökning (−)/minskning (+) kortfristiga fordringar";
            case "skulder" -> "Ökning (+)/minskning (−) kortfristiga skulder";
            case "lopande" -> "Kassaflöde från den löpande verksamheten";
            case "investering" -> "Kassaflöde från investeringsverksamheten";
            case "finansiering" -> "Kassaflöde från finansieringsverksamheten";
            case "aretsKassaflode" -> "Årets kassaflöde";
            case "likvidaMedelBorjan" -> "Likvida medel vid årets början";
            default -> "Likvida medel vid årets slut";
        };
    }
}
