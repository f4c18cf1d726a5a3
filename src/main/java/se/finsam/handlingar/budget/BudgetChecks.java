package se.finsam.handlingar.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentCheck;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.budget.BudgetCalculation.Municipality;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.template.SwedishFormat;
import tools.jackson.databind.JsonNode;

/**
 * Compares the figures a verksamhetsplan states (as an imported document prints them) with the computed ones.
 * Budget lines are whole units and exact, so sums of them must match exactly. A member's part of a proportional
 * split may be either whole neighbour of its exact value, and a printed percentage may be off by half a unit of
 * its last decimal — within that a difference is a rounding artefact, never a finding.
 */
@Component
class BudgetChecks implements DocumentCheck {

    static final String TEMPLATE = "verksamhetsplan";
    /** The plan's own way of printing its budget (overrides the budget's {@code visning}). */
    static final String PLAN_PRESENTATION = "budgetvisning";
    static final List<String> STATED_TOTALS = List.of("summaIntakter", "kostnaderTotalt", "summaFinansiellaPoster",
            "resultat", "egetKapitalBorjan", "egetKapitalSlut");

    @Override
    public boolean appliesTo(String templateId) {
        return TEMPLATE.equals(templateId);
    }

    @Override
    public List<Finding> check(JsonNode data) {
        return check(data.path("budget"), "/budget", data.path(PLAN_PRESENTATION));
    }

    static List<Finding> check(JsonNode budget, String base) {
        return check(budget, base, null);
    }

    static List<Finding> check(JsonNode budgetData, String base, JsonNode planPresentation) {
        List<Finding> findings = new ArrayList<>();
        BudgetCalculator.problems(budgetData, base).forEach(p -> findings.add(Finding.error("budget.struktur", p.pointer(), p.message())));
        if (planPresentation != null) {
            List<FieldProblem> problems = new ArrayList<>();
            BudgetReader.presentationProblems(planPresentation, "/" + PLAN_PRESENTATION, problems);
            problems.forEach(p -> findings.add(Finding.error("budget.struktur", p.pointer(), p.message())));
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        Budget budget = BudgetReader.read(budgetData, planPresentation);
        BudgetCalculation c = BudgetCalculator.calculate(budget);
        BudgetCalculation.Contributions members = c.contributions();
        Budget.Members stated = budget.members();
        Budget.Labels labels = budget.presentation().labels();
        String unit = c.unit();
        for (int y = 0; y < c.years().size(); y++) {
            String column = " " + budget.heading(y);
            long total = members.total().get(y);
            part(findings, at(stated.insurance().stated(), y), List.of(ContributionSplit.exactPart(total, 2, 4)), members.fk().get(y),
                    base + "/medlemsbidrag/forsakringskassan/angivetBelopp/" + y, members.fkName() + column, unit);
            part(findings, at(stated.region().stated(), y), List.of(ContributionSplit.exactPart(total, 1, 4)), members.region().get(y),
                    base + "/medlemsbidrag/region/angivetBelopp/" + y, members.regionName() + column, unit);
            List<BigDecimal> quarters = new ArrayList<>();
            quarters.add(ContributionSplit.exactPart(total, 1, 4));
            quarters.add(BigDecimal.valueOf(members.municipalitiesTotal().get(y)));
            Long statedFk = at(stated.insurance().stated(), y);
            Long statedRegion = at(stated.region().stated(), y);
            if (statedFk != null && statedRegion != null) {
                quarters.add(BigDecimal.valueOf(total - statedFk - statedRegion));
            }
            for (int i = 0; i < members.municipalities().size(); i++) {
                Municipality m = members.municipalities().get(i);
                List<BigDecimal> exact = new ArrayList<>();
                for (BigDecimal quarter : quarters) {
                    exact.add(quarter.multiply(BigDecimal.valueOf(m.population()))
                            .divide(BigDecimal.valueOf(members.populationTotal()), 6, java.math.RoundingMode.HALF_UP));
                }
                part(findings, at(stated.municipalities().get(i).stated(), y), exact, m.amounts().get(y),
                        base + "/medlemsbidrag/kommuner/" + i + "/angivetBelopp/" + y, m.name() + column, unit);
            }
            for (int g = 0; g < c.costGroups().size(); g++) {
                exact(findings, at(budget.costGroups().get(g).statedSum(), y), c.costGroups().get(g).total().get(y),
                        base + "/kostnader/" + g + "/angivenSumma/" + y, c.costGroups().get(g).sumLabel() + column, unit);
            }
            Budget.Stated s = budget.stated();
            List<List<Long>> statedTotals = Arrays.asList(s.totalIncome(), s.totalCosts(), s.totalFinancial(), s.result(),
                    s.equityStart(), s.equityEnd());
            List<List<Long>> computed = List.of(c.totalIncome(), c.totalCosts(), c.totalFinancial(), c.result(),
                    c.equityStart(), c.equityEnd());
            List<String> names = List.of(labels.totalIncome(), labels.totalCosts(), labels.totalFinancial(), labels.result(),
                    labels.equityStart(), labels.equityEnd());
            for (int k = 0; k < STATED_TOTALS.size(); k++) {
                exact(findings, at(statedTotals.get(k), y), computed.get(k).get(y),
                        base + "/angivet/" + STATED_TOTALS.get(k) + "/" + y, names.get(k) + column, unit);
            }
        }
        for (int i = 0; i < members.municipalities().size(); i++) {
            BigDecimal share = stated.municipalities().get(i).statedShare();
            if (share != null) {
                percent(findings, share, members.municipalities().get(i), base + "/medlemsbidrag/kommuner/" + i + "/angivenAndel");
            }
        }
        return findings;
    }

    private static Long at(List<Long> values, int index) {
        return values == null ? null : values.get(index);
    }

    /**
     * A stated part of a split is correct when it is either whole neighbour of its exact part at some level: for a
     * kommun, of its share of the exact quarter, of the rounded quarter, or of the quarter the stated Försäkringskassan
     * and region parts leave. The largest-remainder result at every level is among these.
     */
    private static void part(List<Finding> findings, Long stated, List<BigDecimal> exactParts, long computed,
            String pointer, String what, String unit) {
        if (stated == null) {
            return;
        }
        for (BigDecimal exactPart : exactParts) {
            if (BigDecimal.valueOf(stated).subtract(exactPart).abs().compareTo(BigDecimal.ONE) < 0) {
                return;
            }
        }
        findings.add(new Finding(Severity.WARNING, "budget.angivet-belopp", pointer,
                what + ": angivet " + SwedishFormat.amount(stated) + " " + unit + ", beräknat "
                        + SwedishFormat.amount(computed) + " " + unit + " (exakt " + SwedishFormat.number(exactParts.get(0), 2) + ").",
                computed, stated));
    }

    private static void exact(List<Finding> findings, Long stated, long computed, String pointer, String what, String unit) {
        if (stated != null && stated != computed) {
            findings.add(new Finding(Severity.WARNING, "budget.angiven-summa", pointer,
                    what + ": angivet " + SwedishFormat.amount(stated) + " " + unit + ", beräknat "
                            + SwedishFormat.amount(computed) + " " + unit + ".", computed, stated));
        }
    }

    /** A printed percentage with d decimals stands for anything within half a unit of its last decimal. */
    private static void percent(List<Finding> findings, BigDecimal stated, Municipality m, String pointer) {
        int decimals = Math.max(0, stated.scale());
        stated = stated.setScale(decimals);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        if (stated.subtract(m.sharePercent()).abs().compareTo(tolerance) > 0) {
            BigDecimal expected = m.sharePercent().setScale(decimals, java.math.RoundingMode.HALF_UP);
            findings.add(new Finding(Severity.WARNING, "budget.angiven-andel", pointer,
                    m.name() + ": angiven andel " + SwedishFormat.percent(stated, decimals) + ", beräknad "
                            + SwedishFormat.percent(m.sharePercent(), 2) + " av befolkningen i arbetsför ålder.",
                    expected, stated));
        }
    }
}
