package se.finsam.handlingar.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * A budget as sent (the {@code budget} object of a verksamhetsplan, see {@code templates/verksamhetsplan/schema.json}),
 * read by {@link BudgetReader}. Every list of amounts follows {@link #columns()}; a {@code null} amount means "no
 * amount" and counts as zero. Amounts are signed whole units (costs negative) whatever the plan prints.
 *
 * @param legacyYears true when the budget gave only {@code ar} (consecutive budget years, headed by the year alone)
 * @param openingEquity eget kapital at the start of the first column
 */
public record Budget(String unit, List<Column> columns, boolean legacyYears, long openingEquity, Members members,
        List<Row> otherIncome, List<CostGroup> costGroups, List<Row> financialItems, Stated stated,
        Presentation presentation) {

    /** What a column's figures are. */
    public enum Kind {
        BUDGET("budget", "Budget"), PROGNOS("prognos", "Prognos"), UTFALL("utfall", "Utfall"), PLAN("plan", "Plan");

        private final String key;
        private final String label;

        Kind(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        static Kind of(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * One column of figures.
     *
     * @param comparedWith index of the column this one is compared with (an avvikelse column printed right after it:
     *     this column minus that one), or null
     * @param openingFrom index of the column whose eget kapital at the end is this column's opening, or null
     * @param openingEquity this column's own opening eget kapital, or null
     * @param openingAs index of an earlier column (same year) whose opening this column shares, or null
     */
    public record Column(int year, Kind kind, String heading, Integer comparedWith, String comparisonHeading,
            Long openingEquity, Integer openingFrom, Integer openingAs) {
    }

    /** A line with one amount per column; {@code pointer} locates it in the budget data. */
    public record Row(String text, List<Long> amounts, String pointer) {
    }

    public record CostGroup(String heading, String sumLabel, List<Row> rows, List<Long> statedSum) {
    }

    /** The members' contributions: the whole per column, split by FinsamL 5 §. */
    public record Members(List<Long> total, Member insurance, Member region, Population population,
            List<Municipality> municipalities) {
    }

    /** Försäkringskassan or the region; {@code stated} is what an imported document prints (may be null). */
    public record Member(String name, List<Long> stated) {
    }

    public record Population(String description, String source, Integer year) {
    }

    /**
     * A kommun and its working-age population.
     *
     * @param statedShare the percentage a document prints, with the precision it was written with (scale = decimals)
     */
    public record Municipality(String name, long population, BigDecimal statedShare, List<Long> stated) {
    }

    /** Totals an imported document prints, per column (each may be null). */
    public record Stated(List<Long> totalIncome, List<Long> totalCosts, List<Long> totalFinancial, List<Long> result,
            List<Long> equityStart, List<Long> equityEnd) {

        static final Stated NONE = new Stated(null, null, null, null, null, null);
    }

    /**
     * How the plan prints the budget; the figures are the same either way.
     *
     * @param costsPositive costs printed without minus sign (and their sums); the data stays signed
     * @param membersOnOneLine the members' contributions as one line instead of one per member
     */
    public record Presentation(boolean costsPositive, boolean showShares, boolean membersOnOneLine, boolean showEquity,
            Labels labels) {

        static final Presentation DEFAULT = new Presentation(false, true, false, true, Labels.DEFAULT);
    }

    /** The labels of the rows the service adds. */
    public record Labels(String caption, String amountsIn, String income, String members, String totalIncome, String costs,
            String totalCosts, String financial, String totalFinancial, String result, String equityStart,
            String equityEnd, String comparison) {

        static final Labels DEFAULT = new Labels(null, null, "Intäkter", "Medlemsbidrag", "Summa intäkter", "Kostnader",
                "Kostnader totalt", "Finansiella poster", "Summa finansiella poster", "RESULTAT",
                "Eget kapital vid årets början", "Eget kapital vid årets slut", "Avvikelse");
    }

    /** The heading printed over a column. */
    public String heading(int column) {
        Column c = columns.get(column);
        if (c.heading() != null) {
            return c.heading();
        }
        return legacyYears ? Integer.toString(c.year()) : c.kind().label() + " " + c.year();
    }
}
