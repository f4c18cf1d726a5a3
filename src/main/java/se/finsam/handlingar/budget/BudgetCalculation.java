package se.finsam.handlingar.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a budget computes from its lines, column by column (lists follow {@link #columns()}; {@link #years()}
 * holds each column's year). Amounts are signed whole units of the budget (tkr, costs negative); a {@code null} amount
 * in a line means "no amount" and counts as zero. {@link #table()} is the budget table as the plan prints it
 * (its columns including avvikelse columns, its labels and its sign convention).
 */
public record BudgetCalculation(
        String unit,
        List<Integer> years,
        Contributions contributions,
        List<Line> income,
        List<Long> totalIncome,
        List<CostGroup> costGroups,
        List<Long> totalCosts,
        List<Line> financialItems,
        List<Long> totalFinancial,
        List<Long> result,
        List<Long> equityStart,
        List<Long> equityEnd,
        List<ColumnHead> columns,
        Table table) {

    /** One printed line; {@code pointer} is where it comes from in the budget data (for findings). */
    public record Line(String text, List<Long> amounts, String pointer) {
    }

    public record CostGroup(String heading, String sumLabel, List<Line> lines, List<Long> total) {
    }

    /** A column of figures: its year, kind (budget, prognos, utfall, plan) and printed heading. */
    public record ColumnHead(int year, String kind, String heading) {
    }

    /**
     * The budget table as printed.
     *
     * @param columns the printed amount columns, avvikelse columns included
     * @param rows in printed order
     */
    public record Table(String caption, String amountsIn, List<PrintedColumn> columns, List<TableRow> rows) {
    }

    /**
     * @param kind budget, prognos, utfall, plan or avvikelse
     * @param source the index in {@link BudgetCalculation#columns()} (for avvikelse: the column compared)
     * @param comparedWith for avvikelse: the column it is compared with; else null
     */
    public record PrintedColumn(String heading, String kind, Integer year, int source, Integer comparedWith) {
    }

    /**
     * One printed row.
     *
     * @param style grupp, undergrupp, rad, summa or resultat
     * @param cells one per printed column, in the plan's sign convention; null prints as "–". Empty for headings
     */
    public record TableRow(String style, String text, List<Long> cells, String pointer) {
    }

    /**
     * The members' contributions per FinsamL 5 §.
     *
     * @param sharePercent each kommun's exact share of the kommuner's working-age population, in percent (6 decimals)
     * @param printedPercent the same with one decimal, as printed
     */
    public record Contributions(List<Long> total, String fkName, List<Long> fk, String regionName, List<Long> region,
            List<Long> municipalitiesTotal, List<Municipality> municipalities, long populationTotal,
            String populationDescription, String populationSource, Integer populationYear) {
    }

    public record Municipality(String name, long population, BigDecimal sharePercent, BigDecimal printedPercent,
            List<Long> amounts) {
    }
}
