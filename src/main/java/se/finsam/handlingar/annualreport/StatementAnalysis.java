package se.finsam.handlingar.annualreport;

import se.finsam.handlingar.budget.Amounts;
import static se.finsam.handlingar.budget.Amounts.of;
import static se.finsam.handlingar.budget.Amounts.orZero;
import static se.finsam.handlingar.budget.Amounts.shown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Resultaträkning, balansräkning and noter: every subtotal from its printed parts, the balance, the eget kapital
 * chain between the years and the note totals against the statement lines. Column 0 is the report year, column 1
 * the year before.
 */
final class StatementAnalysis {

    /** Shown values (printed, else computed) per year column. */
    final List<IncomeStatement> income = new ArrayList<>();
    final List<BalanceSheet> balance = new ArrayList<>();
    /** Shown note totals by note index (as text) and column. */
    final Map<String, List<BigDecimal>> noteTotals = new LinkedHashMap<>();
    /** The balance sheet at the start of the last column's year ({@code ingaendeBalans}), or null. */
    BalanceSheet opening;

    void analyse(JsonNode data, AnnualFindings findings) {
        JsonNode rr = data.path("resultatrakning");
        for (int i = 0; i < rr.size(); i++) {
            income.add(income(rr.get(i), "/resultatrakning/" + i, findings));
        }
        JsonNode br = data.path("balansrakning");
        for (int i = 0; i < br.size(); i++) {
            balance.add(balance(br.get(i), "/balansrakning/" + i, findings));
        }
        if (data.has("ingaendeBalans")) {
            opening = balance(data.path("ingaendeBalans"), "/ingaendeBalans", findings);
            if (!balance.isEmpty()) {
                findings.compare("egetKapital.kedja", "/balansrakning/" + (balance.size() - 1) + "/ovrigtEgetKapital",
                        "Övrigt eget kapital " + year(data, balance.size() - 1) + " (eget kapital vid årets början)", "kr",
                        opening.summaEgetKapital(), balance.get(balance.size() - 1).ovrigtEgetKapital());
            }
        }
        for (int i = 0; i < balance.size(); i++) {
            String p = "/balansrakning/" + i;
            if (i < income.size()) {
                findings.compare("egetKapital.aretsResultat", p + "/aretsResultat",
                        "Årets resultat i balansräkningen (" + year(data, i) + ")", "kr",
                        income.get(i).aretsResultat(), balance.get(i).aretsResultat());
            }
            if (i + 1 < balance.size()) {
                findings.compare("egetKapital.kedja", p + "/ovrigtEgetKapital",
                        "Övrigt eget kapital " + year(data, i) + " (eget kapital vid årets början)", "kr",
                        balance.get(i + 1).summaEgetKapital(), balance.get(i).ovrigtEgetKapital());
            }
        }
        notes(data.path("noter"), data, findings);
    }

    private static IncomeStatement income(JsonNode y, String p, AnnualFindings f) {
        BigDecimal intakter = orZero(y.path("intakter"));
        BigDecimal kostnader = orZero(y.path("kostnader"));
        BigDecimal avskrivningar = orZero(y.path("avskrivningar"));
        BigDecimal finansiellaIntakter = orZero(y.path("finansiellaIntakter"));
        BigDecimal finansiellaKostnader = orZero(y.path("finansiellaKostnader"));
        BigDecimal extraordinara = orZero(y.path("extraordinaraPoster"));
        JsonNode t = y.path("tryckt");
        BigDecimal verksamhetensResultat = checked(f, "resultatrakning.summa", p + "/tryckt/verksamhetensResultat",
                "Verksamhetens resultat", Amounts.sum(intakter, kostnader, avskrivningar), of(t.path("verksamhetensResultat")));
        BigDecimal efterFinansiella = checked(f, "resultatrakning.summa", p + "/tryckt/resultatEfterFinansiellaPoster",
                "Resultat efter finansiella poster", Amounts.sum(verksamhetensResultat, finansiellaIntakter, finansiellaKostnader),
                of(t.path("resultatEfterFinansiellaPoster")));
        BigDecimal aretsResultat = checked(f, "resultatrakning.summa", p + "/tryckt/aretsResultat", "Årets resultat",
                Amounts.sum(efterFinansiella, extraordinara), of(t.path("aretsResultat")));
        return new IncomeStatement(intakter, kostnader, avskrivningar, verksamhetensResultat, finansiellaIntakter,
                finansiellaKostnader, efterFinansiella, extraordinara, aretsResultat);
    }

    private static BalanceSheet balance(JsonNode y, String p, AnnualFindings f) {
        BigDecimal anlaggning = orZero(y.path("anlaggningstillgangar"));
        BigDecimal fordringar = orZero(y.path("fordringar"));
        BigDecimal kassa = orZero(y.path("kassaOchBank"));
        BigDecimal aretsResultat = orZero(y.path("aretsResultat"));
        BigDecimal ovrigt = orZero(y.path("ovrigtEgetKapital"));
        BigDecimal avsattningar = orZero(y.path("avsattningar"));
        BigDecimal langfristiga = orZero(y.path("langfristigaSkulder"));
        BigDecimal kortfristiga = orZero(y.path("kortfristigaSkulder"));
        JsonNode t = y.path("tryckt");
        BigDecimal omsattning = checked(f, "balansrakning.summa", p + "/tryckt/summaOmsattningstillgangar",
                "Summa omsättningstillgångar", Amounts.sum(fordringar, kassa), of(t.path("summaOmsattningstillgangar")));
        BigDecimal tillgangar = checked(f, "balansrakning.summa", p + "/tryckt/summaTillgangar", "Summa tillgångar",
                Amounts.sum(anlaggning, omsattning), of(t.path("summaTillgangar")));
        BigDecimal egetKapital = checked(f, "balansrakning.summa", p + "/tryckt/summaEgetKapital", "Summa eget kapital",
                Amounts.sum(aretsResultat, ovrigt), of(t.path("summaEgetKapital")));
        BigDecimal skulder = checked(f, "balansrakning.summa", p + "/tryckt/summaSkulder", "Summa skulder",
                Amounts.sum(langfristiga, kortfristiga), of(t.path("summaSkulder")));
        BigDecimal ekOchSkulder = checked(f, "balansrakning.summa", p + "/tryckt/summaEgetKapitalOchSkulder",
                "Summa eget kapital, avsättningar och skulder", Amounts.sum(egetKapital, avsattningar, skulder),
                of(t.path("summaEgetKapitalOchSkulder")));
        f.compare("balansrakning.balanserar", p + "/tryckt/summaEgetKapitalOchSkulder",
                "Balansräkningen balanserar inte: summa eget kapital, avsättningar och skulder", "kr", tillgangar,
                ekOchSkulder);
        return new BalanceSheet(anlaggning, fordringar, kassa, omsattning, tillgangar, aretsResultat, ovrigt, egetKapital,
                avsattningar, langfristiga, kortfristiga, skulder, ekOchSkulder);
    }

    private void notes(JsonNode notes, JsonNode data, AnnualFindings f) {
        for (int n = 0; n < notes.size(); n++) {
            JsonNode note = notes.get(n);
            String p = "/noter/" + n;
            JsonNode rows = note.path("rader");
            JsonNode printed = note.path("tryckt").path("summa");
            if (!note.path("summeras").asBoolean(true) || rows.isEmpty()) {
                continue;
            }
            for (int c = 0; c < 2; c++) {
                BigDecimal sum = BigDecimal.ZERO;
                boolean any = false;
                for (JsonNode row : rows) {
                    BigDecimal v = of(row.path("belopp").path(c));
                    if (v != null) {
                        sum = sum.add(v);
                        any = true;
                    }
                }
                if (!any) {
                    continue;
                }
                BigDecimal total = shown(of(printed.path(c)), sum);
                noteTotals.computeIfAbsent(Integer.toString(n), k -> new ArrayList<>()).add(total);
                if (of(printed.path(c)) != null) {
                    f.compare("not.summa", p + "/tryckt/summa/" + c, "Summan i not " + note.path("nummer").asInt()
                        + " (" + year(data, c) + ")", "kr", sum, of(printed.path(c)));
                }
                String line = note.path("linje").asString("");
                BigDecimal statement = statementLine(line, c);
                if (statement != null) {
                    f.compare("not.rad", p + "/tryckt/summa/" + c, "Summan i not " + note.path("nummer").asInt()
                            + " ska vara lika med raden i räkningen (" + year(data, c) + ")", "kr", statement, total);
                }
            }
        }
    }

    BigDecimal statementLine(String line, int column) {
        if (column < income.size() && income.get(column).line(line) != null) {
            return income.get(column).line(line);
        }
        if (column < balance.size() && balance.get(column).line(line) != null) {
            return balance.get(column).line(line);
        }
        return null;
    }

    static String year(JsonNode data, int column) {
        return Integer.toString(data.path("ar").asInt() - column);
    }

    private static BigDecimal checked(AnnualFindings f, String code, String pointer, String what, BigDecimal computed,
            BigDecimal printed) {
        if (printed != null) {
            f.compare(code, pointer, what, "kr", computed, printed);
        }
        return shown(printed, computed);
    }
}
