package se.finsam.handlingar.annualreport;

import se.finsam.handlingar.budget.Amounts;
import static se.finsam.handlingar.budget.Amounts.of;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Kassaflödesanalys by the indirect method, derived from årets resultat and the change in the balance sheet between
 * two year ends. A year without the balance sheet of the year before falls back on its printed lines, which are then
 * only checked against each other and against the change in likvida medel.
 */
final class CashFlowAnalysis {

    /** Shown values per column (printed, else derived). */
    final List<CashFlowStatement> columns = new ArrayList<>();

    void analyse(JsonNode data, StatementAnalysis statements, AnnualFindings f) {
        JsonNode printedYears = data.path("kassaflodesanalys").path("tryckt");
        for (int c = 0; c < statements.income.size(); c++) {
            int index = printedIndex(printedYears, data.path("ar").asInt() - c);
            JsonNode printed = index < 0 ? null : printedYears.get(index);
            String p = "/kassaflodesanalys/tryckt/" + index;
            BalanceSheet before = c + 1 < statements.balance.size() ? statements.balance.get(c + 1)
                    : c + 1 == statements.balance.size() ? statements.opening : null;
            CashFlowStatement derived = before != null
                    ? derive(statements.income.get(c), statements.balance.get(c), before)
                    : fromPrinted(printed, statements.income.get(c), statements.balance.size() > c ? statements.balance.get(c) : null);
            if (derived == null) {
                continue;
            }
            String year = StatementAnalysis.year(data, c);
            for (String line : CashFlowStatement.LINES) {
                BigDecimal value = printed == null ? null : of(printed.path(line));
                if (printed != null && (value != null || !printed.path(line).isMissingNode())) {
                    f.compare("kassaflode.rad", p + "/" + line, label(line) + " i kassaflödesanalysen " + year, "kr",
                            derived.line(line), value);
                }
            }
            BigDecimal change = derived.likvidaMedelSlut().subtract(derived.likvidaMedelBorjan());
            f.compare("kassaflode.likvidaMedel", index < 0 ? "/kassaflodesanalys" : p + "/aretsKassaflode",
                    "Årets kassaflöde " + year + " (förändringen av likvida medel)", "kr", change, derived.aretsKassaflode());
            columns.add(CashFlowStatement.from(line -> Amounts.shown(printed == null ? null : of(printed.path(line)),
                    derived.line(line))));
        }
    }

    private static CashFlowStatement derive(IncomeStatement rr, BalanceSheet now, BalanceSheet before) {
        BigDecimal depreciation = rr.avskrivningar().negate();
        BigDecimal justeringar = depreciation.add(now.avsattningar().subtract(before.avsattningar()));
        BigDecimal medelFore = rr.aretsResultat().add(justeringar);
        BigDecimal fordringar = now.fordringar().subtract(before.fordringar()).negate();
        BigDecimal skulder = now.kortfristigaSkulder().subtract(before.kortfristigaSkulder());
        BigDecimal lopande = Amounts.sum(medelFore, fordringar, skulder);
        BigDecimal investering = now.anlaggningstillgangar().subtract(before.anlaggningstillgangar()).add(depreciation)
                .negate();
        BigDecimal finansiering = now.langfristigaSkulder().subtract(before.langfristigaSkulder());
        return new CashFlowStatement(rr.aretsResultat(), justeringar, medelFore, fordringar, skulder, lopande, investering,
                finansiering, Amounts.sum(lopande, investering, finansiering), before.kassaOchBank(), now.kassaOchBank());
    }

    /** The year's lines as printed, with each subtotal recomputed from the printed lines above it. */
    private static CashFlowStatement fromPrinted(JsonNode printed, IncomeStatement rr, BalanceSheet balanceNow) {
        if (printed == null) {
            return null;
        }
        BigDecimal justeringar = Amounts.orZero(printed.path("justeringar"));
        BigDecimal medelFore = rr.aretsResultat().add(justeringar);
        BigDecimal fordringar = Amounts.orZero(printed.path("fordringar"));
        BigDecimal skulder = Amounts.orZero(printed.path("skulder"));
        BigDecimal lopande = Amounts.sum(medelFore, fordringar, skulder);
        BigDecimal investering = Amounts.orZero(printed.path("investering"));
        BigDecimal finansiering = Amounts.orZero(printed.path("finansiering"));
        return new CashFlowStatement(rr.aretsResultat(), justeringar, medelFore, fordringar, skulder, lopande, investering,
                finansiering, Amounts.sum(lopande, investering, finansiering),
                Amounts.orZero(printed.path("likvidaMedelBorjan")),
                balanceNow != null ? balanceNow.kassaOchBank() : Amounts.orZero(printed.path("likvidaMedelSlut")));
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
