package se.finsam.handlingar.budget;

import static se.finsam.handlingar.budget.BudgetDocxParts.TEXT_WIDTH;

import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;

import se.finsam.handlingar.budget.BudgetCalculation.CostGroup;
import se.finsam.handlingar.budget.BudgetCalculation.Line;
import se.finsam.handlingar.template.SwedishFormat;
import tools.jackson.databind.JsonNode;

/** The tables of the verksamhetsplan DOCX: the computed budget, the social budget and the plan's own tables. */
final class BudgetPlanDocxTables {

    private final JsonNode data;

    BudgetPlanDocxTables(JsonNode data) {
        this.data = data;
    }

    List<Object> budget() {
        BudgetCalculation b = BudgetCalculator.calculate(data.path("budget"));
        int n = b.years().size();
        int first = TEXT_WIDTH - 1300 * n;
        int[] widths = new int[n + 1];
        widths[0] = first;
        for (int i = 1; i <= n; i++) {
            widths[i] = 1300;
        }
        Tbl table = BudgetDocxParts.table(widths);
        List<String> head = new ArrayList<>();
        head.add("Belopp i " + b.unit());
        b.columns().forEach(c -> head.add(c.heading()));
        BudgetDocxParts.cells(BudgetDocxParts.row(table, true), widths, head, true, JcEnumeration.RIGHT);
        heading(table, widths, "Intäkter");
        lines(table, widths, b.income());
        total(table, widths, "Summa intäkter", b.totalIncome());
        heading(table, widths, "Kostnader");
        for (CostGroup group : b.costGroups()) {
            heading(table, widths, group.heading());
            lines(table, widths, group.lines());
            total(table, widths, "Summa " + group.heading().toLowerCase(SwedishFormat.SWEDISH), group.total());
        }
        total(table, widths, "Kostnader totalt", b.totalCosts());
        heading(table, widths, "Finansiella poster");
        lines(table, widths, b.financialItems());
        total(table, widths, "Summa finansiella poster", b.totalFinancial());
        total(table, widths, "RESULTAT", b.result());
        total(table, widths, "Eget kapital vid årets början", b.equityStart());
        total(table, widths, "Eget kapital vid årets slut", b.equityEnd());
        BudgetCalculation.Contributions c = b.contributions();
        String note = "Medlemsbidragen fördelas enligt 5 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser: "
                + c.fkName() + " hälften, " + c.regionName() + " en fjärdedel och kommunerna tillsammans en fjärdedel, fördelad efter "
                + "befolkningen i arbetsför ålder"
                + (c.populationDescription() == null ? "" : " (" + c.populationDescription().toLowerCase(SwedishFormat.SWEDISH)
                        + (c.populationYear() == null ? "" : " " + c.populationYear()) + ": "
                        + SwedishFormat.number(java.math.BigDecimal.valueOf(c.populationTotal()), 0)
                        + (c.populationSource() == null ? "" : "; källa: " + c.populationSource()) + ")")
                + ". Beloppen avrundas till hela " + b.unit() + " så att delarna summerar exakt till helheten.";
        return List.of(table, BudgetDocxParts.paragraph("Caption", "Budget " + b.years().get(0) + "–" + b.years().get(n - 1)
                + ", belopp i " + b.unit()), BudgetDocxParts.paragraph(null, note));
    }

    List<Object> generic(JsonNode tabell) {
        int columns = tabell.path("rubriker").size();
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, TEXT_WIDTH / columns);
        Tbl table = BudgetDocxParts.table(widths);
        BudgetDocxParts.cells(BudgetDocxParts.row(table, true), widths, texts(tabell.path("rubriker")), true, null);
        for (JsonNode row : tabell.path("rader")) {
            BudgetDocxParts.cells(BudgetDocxParts.row(table, false), widths, texts(row), false, null);
        }
        List<Object> out = new ArrayList<>();
        out.add(table);
        if (tabell.has("bildtext")) {
            out.add(BudgetDocxParts.paragraph("Caption", tabell.path("bildtext").asString()));
        }
        return out;
    }

    List<Object> socialBudget() {
        JsonNode social = data.path("socialBudget");
        JsonNode computed = BudgetPlanEnricher.socialBudget(social);
        List<Object> out = new ArrayList<>();
        int[] widths = {700, 2400, 800, 4326, 800};
        int a = 0;
        for (JsonNode area : social.path("malomraden")) {
            JsonNode sums = computed.path("malomraden").path(a++);
            P heading = BudgetDocxParts.paragraph("Heading2", "Målområde " + area.path("nummer").asInt() + " " + area.path("namn").asString());
            out.add(heading);
            Tbl table = BudgetDocxParts.table(widths);
            BudgetDocxParts.cells(BudgetDocxParts.row(table, true), widths,
                    List.of("Mål nr", "Socialt mål", "Ind. nr", "Indikator", "Bedömt värde"), true, null);
            for (JsonNode goal : area.path("mal")) {
                boolean first = true;
                for (JsonNode indicator : goal.path("indikatorer")) {
                    BudgetDocxParts.cells(BudgetDocxParts.row(table, false), widths, List.of(
                            first ? goal.path("nummer").asString() : "", first ? goal.path("text").asString("") : "",
                            indicator.path("nummer").asString(), indicator.path("text").asString(),
                            Long.toString(indicator.path("varde").asLong())), false, null);
                    first = false;
                }
            }
            BudgetDocxParts.cells(BudgetDocxParts.row(table, false), widths,
                    List.of("Summa", sums.path("antalMal").asLong() + " mål", "", sums.path("antalIndikatorer").asLong() + " indikatorer",
                            Long.toString(sums.path("maxVarde").asLong())), true, null);
            out.add(table);
        }
        int[] summary = {4226, 1600, 1600, 1600};
        Tbl table = BudgetDocxParts.table(summary);
        BudgetDocxParts.cells(BudgetDocxParts.row(table, true), summary,
                List.of("Målområde", "Antal mål", "Antal indikatorer", "Maximalt impactvärde"), true, JcEnumeration.RIGHT);
        a = 0;
        for (JsonNode area : social.path("malomraden")) {
            JsonNode sums = computed.path("malomraden").path(a++);
            BudgetDocxParts.cells(BudgetDocxParts.row(table, false), summary, List.of(area.path("namn").asString(),
                    Long.toString(sums.path("antalMal").asLong()), Long.toString(sums.path("antalIndikatorer").asLong()),
                    Long.toString(sums.path("maxVarde").asLong())), false, JcEnumeration.RIGHT);
        }
        BudgetDocxParts.cells(BudgetDocxParts.row(table, false), summary, List.of("Totalt",
                Long.toString(computed.path("antalMal").asLong()), Long.toString(computed.path("antalIndikatorer").asLong()),
                Long.toString(computed.path("maxVarde").asLong())), true, JcEnumeration.RIGHT);
        out.add(table);
        out.add(BudgetDocxParts.paragraph("Caption", "Sammanställning av den sociala budgeten"
                + (social.has("ar") ? " " + social.path("ar").asInt() : "")));
        return out;
    }

    private static void heading(Tbl table, int[] widths, String text) {
        List<String> cells = new ArrayList<>();
        cells.add(text);
        for (int i = 1; i < widths.length; i++) {
            cells.add("");
        }
        BudgetDocxParts.cells(BudgetDocxParts.row(table, false), widths, cells, true, JcEnumeration.RIGHT);
    }

    private static void lines(Tbl table, int[] widths, List<Line> lines) {
        for (Line line : lines) {
            Tr row = BudgetDocxParts.row(table, false);
            BudgetDocxParts.cells(row, widths, BudgetPlanDocxWriter.amounts(line.text(), line.amounts()), false, JcEnumeration.RIGHT);
            P label = (P) ((org.docx4j.wml.Tc) row.getContent().get(0)).getContent().get(0);
            org.docx4j.wml.PPrBase.Ind indent = BudgetDocxParts.WML.createPPrBaseInd();
            indent.setLeft(java.math.BigInteger.valueOf(284));
            label.getPPr().setInd(indent);
        }
    }

    private static void total(Tbl table, int[] widths, String label, List<Long> values) {
        BudgetDocxParts.cells(BudgetDocxParts.row(table, false), widths, BudgetPlanDocxWriter.amounts(label, values), true,
                JcEnumeration.RIGHT);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asString()));
        return out;
    }
}
