package se.finsam.handlingar.annualreport;

import se.finsam.handlingar.budget.Amounts;
import static se.finsam.handlingar.budget.Amounts.of;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Driftsredovisning in tkr: utfall from the resultaträkning and balansräkning, budget as decided, avvikelse = utfall −
 * budget. Printed rows are checked cell by cell; the stated avvikelse is checked against the stated utfall and budget.
 */
final class OperatingStatementAnalysis {

    static final List<String> ROWS = List.of("intakter", "kostnader", "resultat", "egetKapital");
    static final List<String> COLUMNS = List.of("utfall", "budget", "avvikelse", "foregaende");
    private static final BigDecimal ROUNDING = BigDecimal.ONE;

    /** Shown cells by row and column. */
    final Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();

    void analyse(JsonNode data, StatementAnalysis s, AnnualFindings f, AnnualFigureBook book) {
        JsonNode drift = data.path("driftsredovisning");
        if (drift.isMissingNode() || s.income.isEmpty() || s.balance.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> rr = s.income.get(0);
        Map<String, BigDecimal> rrBefore = s.income.size() > 1 ? s.income.get(1) : null;
        BigDecimal budgetIn = of(drift.path("budget").path("intakter"));
        BigDecimal budgetCost = of(drift.path("budget").path("kostnader"));
        BigDecimal budgetResult = Amounts.sum(budgetIn, budgetCost);
        BigDecimal openingEquityKr = s.balance.size() > 1 ? s.balance.get(1).get("summaEgetKapital") : null;
        Map<String, Map<String, BigDecimal>> computed = new LinkedHashMap<>();
        computed.put("intakter", cells(Amounts.tkr(rr.get("intakter")), budgetIn,
                rrBefore == null ? null : Amounts.tkr(rrBefore.get("intakter"))));
        computed.put("kostnader", cells(Amounts.tkr(rr.get("kostnader")), budgetCost,
                rrBefore == null ? null : Amounts.tkr(rrBefore.get("kostnader"))));
        computed.put("resultat", cells(Amounts.tkr(rr.get("verksamhetensResultat")), budgetResult,
                rrBefore == null ? null : Amounts.tkr(rrBefore.get("verksamhetensResultat"))));
        computed.put("egetKapital", cells(Amounts.tkr(s.balance.get(0).get("summaEgetKapital")),
                openingEquityKr == null ? null : Amounts.tkr(openingEquityKr.add(budgetResult.multiply(Amounts.THOUSAND))),
                openingEquityKr == null ? null : Amounts.tkr(openingEquityKr)));
        JsonNode printed = drift.path("tryckt");
        for (String row : ROWS) {
            JsonNode p = printed.path(row);
            Map<String, BigDecimal> shown = new LinkedHashMap<>();
            for (String col : List.of("utfall", "budget", "foregaende")) {
                BigDecimal value = of(p.path(col));
                if (value != null) {
                    f.compare("driftsredovisning." + col, "/driftsredovisning/tryckt/" + row + "/" + col,
                            label(row) + ", " + columnLabel(col) + ", i driftsredovisningen", "tkr",
                            computed.get(row).get(col), value, ROUNDING);
                }
                shown.put(col, Amounts.shown(value, computed.get(row).get(col)));
            }
            BigDecimal deviation = Amounts.orZero(shown.get("utfall")).subtract(Amounts.orZero(shown.get("budget")));
            BigDecimal printedDeviation = of(p.path("avvikelse"));
            if (printedDeviation != null) {
                f.compare("driftsredovisning.avvikelse", "/driftsredovisning/tryckt/" + row + "/avvikelse",
                        "Avvikelsen (utfall − budget) för " + label(row).toLowerCase(), "tkr", deviation, printedDeviation);
            }
            shown.put("avvikelse", Amounts.shown(printedDeviation, deviation));
            rows.put(row, shown);
        }
        book.tkr("budget.resultat.tkr", budgetResult);
        book.tkr("budget.underskott.tkr", budgetResult.negate());
        if (budgetCost != null) {
            book.kronorAsTkr("budget.kostnadsavvikelse.tkr",
                    budgetCost.multiply(Amounts.THOUSAND).negate().add(rr.get("kostnader")));
        }
    }

    private static Map<String, BigDecimal> cells(BigDecimal utfall, BigDecimal budget, BigDecimal before) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("utfall", utfall);
        m.put("budget", budget);
        m.put("foregaende", before);
        return m;
    }

    static String label(String row) {
        return switch (row) {
            case "intakter" -> "Verksamhetens intäkter";
            case "kostnader" -> "Verksamhetens kostnader";
            case "resultat" -> "Verksamhetens resultat";
            default -> "Utgående eget kapital";
        };
    }

    private static String columnLabel(String col) {
        return switch (col) {
            case "utfall" -> "utfall";
            case "budget" -> "budget";
            default -> "utfall föregående år";
        };
    }
}
