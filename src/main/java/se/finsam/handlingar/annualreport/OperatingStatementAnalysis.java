package se.finsam.handlingar.annualreport;

import se.finsam.handlingar.budget.Amounts;
import static se.finsam.handlingar.budget.Amounts.of;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Driftsredovisning in tkr: utfall from the resultaträkning and balansräkning, budget as decided, avvikelse = utfall −
 * budget. Printed rows are checked cell by cell; the stated avvikelse is checked against the stated utfall and budget.
 */
final class OperatingStatementAnalysis {

    private static final BigDecimal ROUNDING = BigDecimal.ONE;

    /** Shown cells (printed, else computed). */
    OperatingStatement shown = OperatingStatement.NONE;

    void analyse(JsonNode data, StatementAnalysis s, AnnualFindings f, AnnualFigureBook book) {
        JsonNode drift = data.path("driftsredovisning");
        if (drift.isMissingNode() || s.income.isEmpty() || s.balance.isEmpty()) {
            return;
        }
        IncomeStatement rr = s.income.get(0);
        IncomeStatement rrBefore = s.income.size() > 1 ? s.income.get(1) : null;
        BigDecimal budgetIn = of(drift.path("budget").path("intakter"));
        BigDecimal budgetCost = of(drift.path("budget").path("kostnader"));
        BigDecimal budgetResult = Amounts.sum(budgetIn, budgetCost);
        BigDecimal openingEquityKr = s.balance.size() > 1 ? s.balance.get(1).summaEgetKapital() : null;
        Map<String, OperatingStatement.Row> computed = new LinkedHashMap<>();
        computed.put("intakter", cells(Amounts.tkr(rr.intakter()), budgetIn,
                rrBefore == null ? null : Amounts.tkr(rrBefore.intakter())));
        computed.put("kostnader", cells(Amounts.tkr(rr.kostnader()), budgetCost,
                rrBefore == null ? null : Amounts.tkr(rrBefore.kostnader())));
        computed.put("resultat", cells(Amounts.tkr(rr.verksamhetensResultat()), budgetResult,
                rrBefore == null ? null : Amounts.tkr(rrBefore.verksamhetensResultat())));
        computed.put("egetKapital", cells(Amounts.tkr(s.balance.get(0).summaEgetKapital()),
                openingEquityKr == null ? null : Amounts.tkr(openingEquityKr.add(budgetResult.multiply(Amounts.THOUSAND))),
                openingEquityKr == null ? null : Amounts.tkr(openingEquityKr)));
        JsonNode printed = drift.path("tryckt");
        Map<String, OperatingStatement.Row> rows = new LinkedHashMap<>();
        for (String row : OperatingStatement.ROWS) {
            JsonNode p = printed.path(row);
            OperatingStatement.Row c = computed.get(row);
            BigDecimal utfall = shown(f, row, "utfall", of(p.path("utfall")), c.utfall());
            BigDecimal budget = shown(f, row, "budget", of(p.path("budget")), c.budget());
            BigDecimal foregaende = shown(f, row, "foregaende", of(p.path("foregaende")), c.foregaende());
            BigDecimal deviation = Amounts.orZero(utfall).subtract(Amounts.orZero(budget));
            BigDecimal printedDeviation = of(p.path("avvikelse"));
            if (printedDeviation != null) {
                f.compare("driftsredovisning.avvikelse", "/driftsredovisning/tryckt/" + row + "/avvikelse",
                        "Avvikelsen (utfall − budget) för " + label(row).toLowerCase(), "tkr", deviation, printedDeviation);
            }
            rows.put(row, new OperatingStatement.Row(utfall, budget, Amounts.shown(printedDeviation, deviation), foregaende));
        }
        shown = new OperatingStatement(rows.get("intakter"), rows.get("kostnader"), rows.get("resultat"),
                rows.get("egetKapital"));
        book.tkr("budget.resultat.tkr", budgetResult);
        book.tkr("budget.underskott.tkr", budgetResult.negate());
        if (budgetCost != null) {
            book.kronorAsTkr("budget.kostnadsavvikelse.tkr",
                    budgetCost.multiply(Amounts.THOUSAND).negate().add(rr.kostnader()));
        }
    }

    private static OperatingStatement.Row cells(BigDecimal utfall, BigDecimal budget, BigDecimal before) {
        return new OperatingStatement.Row(utfall, budget, null, before);
    }

    /** The printed cell, checked against the computed one (to the tkr); the computed one when nothing is printed. */
    private static BigDecimal shown(AnnualFindings f, String row, String col, BigDecimal printed, BigDecimal computed) {
        if (printed != null) {
            f.compare("driftsredovisning." + col, "/driftsredovisning/tryckt/" + row + "/" + col,
                    label(row) + ", " + columnLabel(col) + ", i driftsredovisningen", "tkr", computed, printed, ROUNDING);
        }
        return Amounts.shown(printed, computed);
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
