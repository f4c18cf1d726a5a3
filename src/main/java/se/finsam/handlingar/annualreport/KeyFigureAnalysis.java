package se.finsam.handlingar.annualreport;

import se.finsam.handlingar.budget.Amounts;
import static se.finsam.handlingar.budget.Amounts.of;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Flerårsöversikt (tkr) against the statements and the eget kapital chain, the trappan and the balanskravsutredning,
 * and the statement figures narrative text may cite.
 */
final class KeyFigureAnalysis {

    AnnualReportView.EquityCapView equityCap = AnnualReportView.EquityCapView.NONE;
    AnnualReportView.BalanceRequirement balanceRequirement = AnnualReportView.BalanceRequirement.NONE;

    void analyse(JsonNode data, StatementAnalysis s, EquityCap cap, AnnualFindings f, AnnualFigureBook book) {
        int year = data.path("ar").asInt();
        multiYear(data, year, s, f);
        if (s.income.isEmpty() || s.balance.isEmpty()) {
            return;
        }
        IncomeStatement rr = s.income.get(0);
        BalanceSheet br = s.balance.get(0);
        book.kronorAsTkr("intakter.tkr", rr.intakter());
        book.kronorAsTkr("kostnader.tkr", rr.kostnader().negate());
        book.kronorAsTkr("aretsResultat.tkr", rr.aretsResultat());
        book.kronorAsTkr("egetKapital.tkr", br.summaEgetKapital());
        if (s.balance.size() > 1) {
            BigDecimal opening = s.balance.get(1).summaEgetKapital();
            book.kronorAsTkr("egetKapital.ingaende.tkr", opening);
            book.kronorAsTkr("egetKapital.forandring.tkr", br.summaEgetKapital().subtract(opening));
        }
        if (s.income.size() > 1) {
            book.kronorAsTkr("aretsResultat.fg.tkr", s.income.get(1).aretsResultat());
        }
        BigDecimal allocation = allocation(data.path("noter"));
        book.kronorAsTkr("tilldelning.tkr", allocation);
        BigDecimal ceiling = cap.ceiling(allocation);
        BigDecimal over = br.summaEgetKapital().subtract(ceiling);
        book.kronorAsTkr("trappan.tkr", ceiling);
        book.kronorAsTkr("trappan.overskridande.tkr", over);
        equityCap = new AnnualReportView.EquityCapView(allocation, ceiling, br.summaEgetKapital(), over,
                cap.lowerRate().multiply(Amounts.HUNDRED).stripTrailingZeros().toPlainString(), cap.limit(),
                cap.upperRate().multiply(Amounts.HUNDRED).stripTrailingZeros().toPlainString());
        BigDecimal printedCap = of(data.path("trappan").path("tryckt"));
        if (printedCap != null) {
            f.compare("trappan", "/trappan/tryckt", "Trappan (högsta rekommenderade eget kapital, "
                    + equityCap.lagreAndel() + " % av tilldelningen upp till " + AnnualFindings.format(
                    Amounts.tkr(cap.limit()), "tkr") + " och " + equityCap.ovreAndel() + " % därutöver)", "tkr",
                    Amounts.tkr(ceiling), printedCap);
        }
        balanceRequirement(data.path("balanskrav"), rr.aretsResultat(), f);
    }

    /** The members' allocation: the note rows marked as medlemsbidrag, report year. */
    static BigDecimal allocation(JsonNode notes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode note : notes) {
            for (JsonNode row : note.path("rader")) {
                if (row.path("medlemsbidrag").asBoolean(false)) {
                    sum = sum.add(Amounts.orZero(row.path("belopp").path(0)));
                }
            }
        }
        return sum;
    }

    private void balanceRequirement(JsonNode b, BigDecimal result, AnnualFindings f) {
        BigDecimal gains = Amounts.orZero(b.path("realisationsvinster"));
        BigDecimal reserve = Amounts.orZero(b.path("resultatutjamningsreserv"));
        balanceRequirement = new AnnualReportView.BalanceRequirement(result, gains.negate(), result.subtract(gains),
                reserve.negate(), result.subtract(gains).subtract(reserve));
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put("aretsResultat", balanceRequirement.aretsResultat());
        lines.put("realisationsvinster", balanceRequirement.realisationsvinster());
        lines.put("efterJusteringar", balanceRequirement.efterJusteringar());
        lines.put("resultatutjamningsreserv", balanceRequirement.resultatutjamningsreserv());
        lines.put("balanskravsresultat", balanceRequirement.balanskravsresultat());
        JsonNode t = b.path("tryckt");
        for (String key : lines.keySet()) {
            BigDecimal printed = of(t.path(key));
            if (printed != null) {
                f.compare("balanskrav", "/balanskrav/tryckt/" + key, "Balanskravsutredningen, " + label(key), "kr",
                        lines.get(key), printed);
            }
        }
    }

    private static String label(String key) {
        return switch (key) {
            case "aretsResultat" -> "årets resultat enligt resultaträkningen";
            case "realisationsvinster" -> "justering för realisationsvinster";
            case "efterJusteringar" -> "årets resultat efter balanskravsjusteringar";
            case "resultatutjamningsreserv" -> "justering för resultatutjämningsreserv";
            default -> "balanskravsresultat";
        };
    }

    private static void multiYear(JsonNode data, int year, StatementAnalysis s, AnnualFindings f) {
        JsonNode m = data.path("flerarsoversikt");
        JsonNode years = m.path("ar");
        JsonNode rows = m.path("rader");
        Map<String, Integer> rowIndex = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            rowIndex.put(rows.get(r).path("id").asString(""), r);
        }
        for (int c = 0; c < years.size(); c++) {
            int column = year - years.get(c).asInt();
            if (column < 0 || column >= s.income.size() || column >= s.balance.size()) {
                continue;
            }
            IncomeStatement rr = s.income.get(column);
            BalanceSheet br = s.balance.get(column);
            Map<String, BigDecimal> expected = new LinkedHashMap<>();
            expected.put("intakter", Amounts.tkr(rr.intakter()));
            expected.put("kostnader", Amounts.tkr(rr.kostnader().negate()));
            expected.put("resultat", Amounts.tkr(rr.aretsResultat()));
            expected.put("egetKapital", Amounts.tkr(br.summaEgetKapital()));
            expected.put("soliditet", Amounts.percent(br.summaEgetKapital(), br.summaTillgangar()));
            for (Map.Entry<String, BigDecimal> e : expected.entrySet()) {
                Integer r = rowIndex.get(e.getKey());
                if (r != null) {
                    f.compare("flerarsoversikt." + e.getKey(), "/flerarsoversikt/rader/" + r + "/varden/" + c,
                            rows.get(r).path("rubrik").asString() + " " + years.get(c).asInt() + " i flerårsöversikten",
                            e.getKey().equals("soliditet") ? "%" : "tkr", e.getValue(), of(rows.get(r).path("varden").path(c)));
                }
            }
        }
        Integer ek = rowIndex.get("egetKapital");
        Integer res = rowIndex.get("resultat");
        if (ek == null || res == null) {
            return;
        }
        for (int c = 0; c + 1 < years.size(); c++) {
            BigDecimal now = of(rows.get(ek).path("varden").path(c));
            BigDecimal before = of(rows.get(ek).path("varden").path(c + 1));
            BigDecimal result = of(rows.get(res).path("varden").path(c));
            if (now != null && before != null && result != null) {
                f.compare("flerarsoversikt.egetKapitalKedja", "/flerarsoversikt/rader/" + ek + "/varden/" + c,
                        "Eget kapital " + years.get(c).asInt() + " (föregående års eget kapital + årets resultat)", "tkr",
                        before.add(result), now, BigDecimal.ONE);
            }
        }
    }
}
