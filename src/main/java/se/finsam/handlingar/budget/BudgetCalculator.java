package se.finsam.handlingar.budget;

import java.util.ArrayList;
import java.util.List;

import se.finsam.handlingar.budget.BudgetCalculation.Contributions;
import se.finsam.handlingar.budget.BudgetCalculation.CostGroup;
import se.finsam.handlingar.budget.BudgetCalculation.Line;
import se.finsam.handlingar.budget.BudgetCalculation.Municipality;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.template.SwedishFormat;
import tools.jackson.databind.JsonNode;

/**
 * Computes a budget (the {@code budget} object of a verksamhetsplan, see {@code templates/verksamhetsplan/schema.json}):
 * member contributions, subtotals, totals, RESULTAT and the eget-kapital chain. Nothing it prints is typed.
 */
public final class BudgetCalculator {

    private BudgetCalculator() {
    }

    /** What is wrong with the budget's structure, with pointers below {@code base}; empty when it can be computed. */
    public static List<FieldProblem> problems(JsonNode budget, String base) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode years = budget.path("ar");
        if (!years.isArray() || years.isEmpty()) {
            problems.add(new FieldProblem(base + "/ar", "Ange budgetens år, t.ex. [2022, 2023, 2024]."));
            return problems;
        }
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).asInt() != years.get(i - 1).asInt() + 1) {
                problems.add(new FieldProblem(base + "/ar/" + i, "Åren ska följa på varandra."));
            }
        }
        int n = years.size();
        if (!budget.path("egetKapitalIngaende").isIntegralNumber()) {
            problems.add(new FieldProblem(base + "/egetKapitalIngaende", "Ange eget kapital vid första årets början i hela " + unit(budget) + "."));
        }
        JsonNode members = budget.path("medlemsbidrag");
        amounts(members.path("belopp"), n, base + "/medlemsbidrag/belopp", false, problems);
        if (problems.isEmpty()) {
            for (int y = 0; y < n; y++) {
                if (members.path("belopp").get(y).asLong() < 0) {
                    problems.add(new FieldProblem(base + "/medlemsbidrag/belopp/" + y, "Medlemsbidraget kan inte vara negativt."));
                }
            }
        }
        JsonNode municipalities = members.path("kommuner");
        if (!municipalities.isArray() || municipalities.isEmpty()) {
            problems.add(new FieldProblem(base + "/medlemsbidrag/kommuner", "Ange minst en kommun med dess befolkning i arbetsför ålder."));
        } else {
            for (int i = 0; i < municipalities.size(); i++) {
                JsonNode population = municipalities.get(i).path("befolkning");
                if (!population.isIntegralNumber() || population.asLong() <= 0) {
                    problems.add(new FieldProblem(base + "/medlemsbidrag/kommuner/" + i + "/befolkning", "Befolkningen ska vara ett heltal större än noll."));
                }
                optionalAmounts(municipalities.get(i), n, base + "/medlemsbidrag/kommuner/" + i, problems);
            }
        }
        optionalAmounts(members.path("forsakringskassan"), n, base + "/medlemsbidrag/forsakringskassan", problems);
        optionalAmounts(members.path("region"), n, base + "/medlemsbidrag/region", problems);
        lines(budget.path("ovrigaIntakter"), n, base + "/ovrigaIntakter", problems);
        JsonNode groups = budget.path("kostnader");
        for (int g = 0; g < groups.size(); g++) {
            lines(groups.get(g).path("rader"), n, base + "/kostnader/" + g + "/rader", problems);
            if (groups.get(g).has("angivenSumma")) {
                amounts(groups.get(g).get("angivenSumma"), n, base + "/kostnader/" + g + "/angivenSumma", false, problems);
            }
        }
        lines(budget.path("finansiellaPoster"), n, base + "/finansiellaPoster", problems);
        JsonNode stated = budget.path("angivet");
        for (String key : BudgetChecks.STATED_TOTALS) {
            if (stated.has(key)) {
                amounts(stated.get(key), n, base + "/angivet/" + key, false, problems);
            }
        }
        return problems;
    }

    /** Computes a budget whose {@link #problems} are empty. */
    public static BudgetCalculation calculate(JsonNode budget) {
        List<Integer> years = new ArrayList<>();
        budget.path("ar").forEach(y -> years.add(y.asInt()));
        int n = years.size();
        Contributions contributions = contributions(budget.path("medlemsbidrag"), n);

        List<Line> income = new ArrayList<>();
        income.add(new Line(contributions.fkName(), contributions.fk(), "/medlemsbidrag/forsakringskassan"));
        for (int i = 0; i < contributions.municipalities().size(); i++) {
            Municipality m = contributions.municipalities().get(i);
            income.add(new Line(m.name() + ", " + SwedishFormat.percent(m.printedPercent(), 1) + " av arb.-bef.",
                    m.amounts(), "/medlemsbidrag/kommuner/" + i));
        }
        income.add(new Line(contributions.regionName(), contributions.region(), "/medlemsbidrag/region"));
        income.addAll(lines(budget.path("ovrigaIntakter"), "/ovrigaIntakter"));
        List<Long> totalIncome = sum(income, n);

        List<CostGroup> groups = new ArrayList<>();
        JsonNode costs = budget.path("kostnader");
        for (int g = 0; g < costs.size(); g++) {
            List<Line> rows = lines(costs.get(g).path("rader"), "/kostnader/" + g + "/rader");
            groups.add(new CostGroup(costs.get(g).path("rubrik").asString(), rows, sum(rows, n)));
        }
        List<Long> totalCosts = zeros(n);
        groups.forEach(group -> add(totalCosts, group.total()));

        List<Line> financial = lines(budget.path("finansiellaPoster"), "/finansiellaPoster");
        List<Long> totalFinancial = sum(financial, n);

        List<Long> result = zeros(n);
        add(result, totalIncome);
        add(result, totalCosts);
        add(result, totalFinancial);

        List<Long> start = new ArrayList<>();
        List<Long> end = new ArrayList<>();
        long equity = budget.path("egetKapitalIngaende").asLong();
        for (int y = 0; y < n; y++) {
            start.add(equity);
            equity += result.get(y);
            end.add(equity);
        }
        return new BudgetCalculation(unit(budget), years, contributions, income, totalIncome, groups, totalCosts,
                financial, totalFinancial, result, start, end);
    }

    static Contributions contributions(JsonNode members, int n) {
        JsonNode kommuner = members.path("kommuner");
        List<Long> populations = new ArrayList<>();
        kommuner.forEach(k -> populations.add(k.path("befolkning").asLong()));
        long populationTotal = populations.stream().mapToLong(Long::longValue).sum();
        List<Long> total = new ArrayList<>();
        List<Long> fk = new ArrayList<>();
        List<Long> region = new ArrayList<>();
        List<Long> municipalTotal = new ArrayList<>();
        List<List<Long>> perMunicipality = new ArrayList<>();
        kommuner.forEach(k -> perMunicipality.add(new ArrayList<>()));
        for (int y = 0; y < n; y++) {
            long yearTotal = members.path("belopp").get(y).asLong();
            long[] parts = ContributionSplit.finsam(yearTotal);
            total.add(yearTotal);
            fk.add(parts[0]);
            region.add(parts[1]);
            municipalTotal.add(parts[2]);
            long[] split = ContributionSplit.largestRemainder(parts[2], populations);
            for (int i = 0; i < split.length; i++) {
                perMunicipality.get(i).add(split[i]);
            }
        }
        List<Municipality> municipalities = new ArrayList<>();
        for (int i = 0; i < kommuner.size(); i++) {
            long population = populations.get(i);
            municipalities.add(new Municipality(kommuner.get(i).path("namn").asString(), population,
                    ContributionSplit.percent(population, populationTotal, 6),
                    ContributionSplit.percent(population, populationTotal, 1), List.copyOf(perMunicipality.get(i))));
        }
        JsonNode source = members.path("befolkning");
        return new Contributions(total, members.path("forsakringskassan").path("namn").asString("Försäkringskassan"), fk,
                members.path("region").path("namn").asString("Regionen"), region, municipalTotal, municipalities,
                populationTotal, source.path("beskrivning").asString(null), source.path("kalla").asString(null),
                source.path("ar").isIntegralNumber() ? source.path("ar").asInt() : null);
    }

    private static String unit(JsonNode budget) {
        return budget.path("enhet").asString("tkr");
    }

    private static List<Line> lines(JsonNode rows, String pointer) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Long> amounts = new ArrayList<>();
            rows.get(i).path("belopp").forEach(a -> amounts.add(a.isNull() ? null : a.asLong()));
            lines.add(new Line(rows.get(i).path("text").asString(), java.util.Collections.unmodifiableList(amounts),
                    pointer + "/" + i));
        }
        return lines;
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

    private static void lines(JsonNode rows, int n, String pointer, List<FieldProblem> problems) {
        for (int i = 0; i < rows.size(); i++) {
            amounts(rows.get(i).path("belopp"), n, pointer + "/" + i + "/belopp", true, problems);
        }
    }

    private static void optionalAmounts(JsonNode owner, int n, String pointer, List<FieldProblem> problems) {
        if (owner.has("angivetBelopp")) {
            amounts(owner.get("angivetBelopp"), n, pointer + "/angivetBelopp", false, problems);
        }
    }

    private static void amounts(JsonNode amounts, int n, String pointer, boolean nullable, List<FieldProblem> problems) {
        if (!amounts.isArray() || amounts.size() != n) {
            problems.add(new FieldProblem(pointer, "Ange ett belopp per år (" + n + " st)."));
            return;
        }
        for (int y = 0; y < n; y++) {
            JsonNode a = amounts.get(y);
            if (!(a.isIntegralNumber() || (nullable && a.isNull()))) {
                problems.add(new FieldProblem(pointer + "/" + y, "Beloppet ska vara ett heltal" + (nullable ? " eller null." : ".")));
            }
        }
    }
}
