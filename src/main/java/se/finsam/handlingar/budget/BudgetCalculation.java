package se.finsam.handlingar.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a budget computes from its lines, year by year (lists follow {@link #years()}). Amounts are whole
 * units of the budget (tkr); a {@code null} amount in a line means "no amount" and counts as zero.
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
        List<Long> equityEnd) {

    /** One printed line; {@code pointer} is where it comes from in the budget data (for findings). */
    public record Line(String text, List<Long> amounts, String pointer) {
    }

    public record CostGroup(String heading, List<Line> lines, List<Long> total) {
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
