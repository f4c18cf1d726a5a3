package se.finsam.handlingar.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import se.finsam.handlingar.budget.Budget.Column;
import se.finsam.handlingar.budget.Budget.Labels;
import se.finsam.handlingar.budget.Budget.Presentation;
import se.finsam.handlingar.budget.Budget.Row;
import se.finsam.handlingar.budget.BudgetCalculation.ColumnHead;
import se.finsam.handlingar.budget.BudgetCalculation.Contributions;
import se.finsam.handlingar.budget.BudgetCalculation.CostGroup;
import se.finsam.handlingar.budget.BudgetCalculation.Line;
import se.finsam.handlingar.budget.BudgetCalculation.Municipality;
import se.finsam.handlingar.budget.BudgetCalculation.PrintedColumn;
import se.finsam.handlingar.budget.BudgetCalculation.Table;
import se.finsam.handlingar.budget.BudgetCalculation.TableRow;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.template.SwedishFormat;
import tools.jackson.databind.JsonNode;

/**
 * Computes a budget ({@link Budget}, read from the {@code budget} object of a verksamhetsplan): member contributions,
 * subtotals, totals, RESULTAT and the eget-kapital chain in every column, and the table as the plan prints it.
 * Nothing it prints is typed.
 */
public final class BudgetCalculator {

    private BudgetCalculator() {
    }

    /** What is wrong with the budget's structure, with pointers below {@code base}; empty when it can be computed. */
    public static List<FieldProblem> problems(JsonNode budget, String base) {
        return BudgetReader.problems(budget, base);
    }

    /** Computes a budget whose {@link #problems} are empty, printed as the budget itself says. */
    public static BudgetCalculation calculate(JsonNode budget) {
        return calculate(BudgetReader.read(budget, null));
    }

    public static BudgetCalculation calculate(Budget budget) {
        int n = budget.columns().size();
        Contributions contributions = contributions(budget.members(), n);

        List<Line> income = new ArrayList<>();
        income.add(new Line(contributions.fkName(), contributions.fk(), "/medlemsbidrag/forsakringskassan"));
        boolean shares = budget.presentation().showShares();
        for (int i = 0; i < contributions.municipalities().size(); i++) {
            Municipality m = contributions.municipalities().get(i);
            String text = shares ? m.name() + ", " + SwedishFormat.percent(m.printedPercent(), 1) + " av arb.-bef." : m.name();
            income.add(new Line(text, m.amounts(), "/medlemsbidrag/kommuner/" + i));
        }
        income.add(new Line(contributions.regionName(), contributions.region(), "/medlemsbidrag/region"));
        List<Line> other = lines(budget.otherIncome());
        income.addAll(other);
        List<Long> totalIncome = sum(income, n);

        List<CostGroup> groups = new ArrayList<>();
        for (Budget.CostGroup g : budget.costGroups()) {
            List<Line> rows = lines(g.rows());
            String sumLabel = g.sumLabel() != null ? g.sumLabel() : "Summa " + g.heading().toLowerCase(SwedishFormat.SWEDISH);
            groups.add(new CostGroup(g.heading(), sumLabel, rows, sum(rows, n)));
        }
        List<Long> totalCosts = zeros(n);
        groups.forEach(group -> add(totalCosts, group.total()));

        List<Line> financial = lines(budget.financialItems());
        List<Long> totalFinancial = sum(financial, n);

        List<Long> result = zeros(n);
        add(result, totalIncome);
        add(result, totalCosts);
        add(result, totalFinancial);

        Long[] start = new Long[n];
        Long[] end = new Long[n];
        for (int i = 0; i < n; i++) {
            Column c = budget.columns().get(i);
            long opening;
            if (c.openingEquity() != null) {
                opening = c.openingEquity();
            } else if (c.openingFrom() != null) {
                opening = end[c.openingFrom()];
            } else if (c.openingAs() != null) {
                opening = start[c.openingAs()];
            } else {
                opening = budget.openingEquity();
            }
            start[i] = opening;
            end[i] = opening + result.get(i);
        }
        List<ColumnHead> heads = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Column c = budget.columns().get(i);
            heads.add(new ColumnHead(c.year(), c.kind().key(), budget.heading(i)));
            years.add(c.year());
        }
        BudgetCalculation computed = new BudgetCalculation(budget.unit(), List.copyOf(years), contributions, List.copyOf(income),
                totalIncome, List.copyOf(groups), totalCosts, financial, totalFinancial, result, List.of(start), List.of(end),
                List.copyOf(heads), null);
        return withTable(computed, budget, other);
    }

    private static BudgetCalculation withTable(BudgetCalculation c, Budget budget, List<Line> otherIncome) {
        Presentation p = budget.presentation();
        Labels l = p.labels();
        List<PrintedColumn> printed = new ArrayList<>();
        for (int i = 0; i < budget.columns().size(); i++) {
            Column col = budget.columns().get(i);
            printed.add(new PrintedColumn(c.columns().get(i).heading(), col.kind().key(), col.year(), i, null));
            if (col.comparedWith() != null) {
                printed.add(new PrintedColumn(col.comparisonHeading() != null ? col.comparisonHeading() : l.comparison(),
                        "avvikelse", null, i, col.comparedWith()));
            }
        }
        UnaryOperator<Long> cost = p.costsPositive() ? a -> a == null ? null : -a : UnaryOperator.identity();
        TableBuilder t = new TableBuilder(printed);
        t.heading("grupp", l.income());
        if (p.membersOnOneLine()) {
            t.row("rad", l.members(), c.contributions().total(), "/medlemsbidrag/belopp", UnaryOperator.identity());
            otherIncome.forEach(line -> t.row("rad", line.text(), line.amounts(), line.pointer(), UnaryOperator.identity()));
        } else {
            c.income().forEach(line -> t.row("rad", line.text(), line.amounts(), line.pointer(), UnaryOperator.identity()));
        }
        t.row("summa", l.totalIncome(), c.totalIncome(), "/angivet/summaIntakter", UnaryOperator.identity());
        t.heading("grupp", l.costs());
        for (int g = 0; g < c.costGroups().size(); g++) {
            CostGroup group = c.costGroups().get(g);
            t.heading("undergrupp", group.heading());
            group.lines().forEach(line -> t.row("rad", line.text(), line.amounts(), line.pointer(), cost));
            t.row("summa", group.sumLabel(), group.total(), "/kostnader/" + g + "/angivenSumma", cost);
        }
        t.row("summa", l.totalCosts(), c.totalCosts(), "/angivet/kostnaderTotalt", cost);
        if (!c.financialItems().isEmpty()) {
            t.heading("grupp", l.financial());
            c.financialItems().forEach(line -> t.row("rad", line.text(), line.amounts(), line.pointer(), UnaryOperator.identity()));
            t.row("summa", l.totalFinancial(), c.totalFinancial(), "/angivet/summaFinansiellaPoster", UnaryOperator.identity());
        }
        t.row("resultat", l.result(), c.result(), "/angivet/resultat", UnaryOperator.identity());
        if (p.showEquity()) {
            t.row("summa", l.equityStart(), c.equityStart(), "/angivet/egetKapitalBorjan", UnaryOperator.identity());
            t.row("summa", l.equityEnd(), c.equityEnd(), "/angivet/egetKapitalSlut", UnaryOperator.identity());
        }
        String caption = l.caption();
        if (caption == null) {
            int first = Collections.min(c.years());
            int last = Collections.max(c.years());
            caption = "Budget " + (first == last ? Integer.toString(first) : first + "–" + last) + ", belopp i " + c.unit();
        }
        Table table = new Table(caption, l.amountsIn() != null ? l.amountsIn() : "Belopp i " + c.unit(), List.copyOf(printed),
                t.rows());
        return new BudgetCalculation(c.unit(), c.years(), c.contributions(), c.income(), c.totalIncome(), c.costGroups(),
                c.totalCosts(), c.financialItems(), c.totalFinancial(), c.result(), c.equityStart(), c.equityEnd(),
                c.columns(), table);
    }

    /** Collects printed rows; an avvikelse cell is the column minus the column it is compared with (no amounts: 0). */
    private static final class TableBuilder {
        private final List<PrintedColumn> columns;
        private final List<TableRow> rows = new ArrayList<>();

        TableBuilder(List<PrintedColumn> columns) {
            this.columns = columns;
        }

        void heading(String style, String text) {
            rows.add(new TableRow(style, text, List.of(), null));
        }

        void row(String style, String text, List<Long> amounts, String pointer, UnaryOperator<Long> sign) {
            List<Long> cells = new ArrayList<>();
            for (PrintedColumn pc : columns) {
                Long value = amounts.get(pc.source());
                if (pc.comparedWith() != null) {
                    Long other = amounts.get(pc.comparedWith());
                    value = value == null && other == null ? null : (value == null ? 0 : value) - (other == null ? 0 : other);
                }
                cells.add(sign.apply(value));
            }
            rows.add(new TableRow(style, text, Collections.unmodifiableList(cells), pointer));
        }

        List<TableRow> rows() {
            return List.copyOf(rows);
        }
    }

    static Contributions contributions(Budget.Members members, int n) {
        List<Long> populations = members.municipalities().stream().map(Budget.Municipality::population).toList();
        long populationTotal = populations.stream().mapToLong(Long::longValue).sum();
        List<Long> fk = new ArrayList<>();
        List<Long> region = new ArrayList<>();
        List<Long> municipalTotal = new ArrayList<>();
        List<List<Long>> perMunicipality = new ArrayList<>();
        populations.forEach(k -> perMunicipality.add(new ArrayList<>()));
        for (int y = 0; y < n; y++) {
            long[] parts = ContributionSplit.finsam(members.total().get(y));
            fk.add(parts[0]);
            region.add(parts[1]);
            municipalTotal.add(parts[2]);
            long[] split = ContributionSplit.largestRemainder(parts[2], populations);
            for (int i = 0; i < split.length; i++) {
                perMunicipality.get(i).add(split[i]);
            }
        }
        List<Municipality> municipalities = new ArrayList<>();
        for (int i = 0; i < populations.size(); i++) {
            long population = populations.get(i);
            municipalities.add(new Municipality(members.municipalities().get(i).name(), population,
                    ContributionSplit.percent(population, populationTotal, 6),
                    ContributionSplit.percent(population, populationTotal, 1), List.copyOf(perMunicipality.get(i))));
        }
        Budget.Population source = members.population();
        return new Contributions(members.total(), members.insurance().name(), fk, members.region().name(), region,
                municipalTotal, municipalities, populationTotal, source.description(), source.source(), source.year());
    }

    private static List<Line> lines(List<Row> rows) {
        return rows.stream().map(r -> new Line(r.text(), r.amounts(), r.pointer())).toList();
    }

    private static List<Long> sum(List<Line> lines, int n) {
        List<Long> total = zeros(n);
        lines.forEach(line -> add(total, line.amounts()));
        return total;
    }

    private static List<Long> zeros(int n) {
        List<Long> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(0L);
        }
        return list;
    }

    private static void add(List<Long> into, List<Long> amounts) {
        for (int y = 0; y < into.size(); y++) {
            Long a = amounts.get(y);
            into.set(y, into.get(y) + (a == null ? 0 : a));
        }
    }
}
