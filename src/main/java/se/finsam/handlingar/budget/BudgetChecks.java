package se.finsam.handlingar.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentCheck;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.budget.BudgetCalculation.Municipality;
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
    static final List<String> STATED_TOTALS = List.of("summaIntakter", "kostnaderTotalt", "summaFinansiellaPoster",
            "resultat", "egetKapitalBorjan", "egetKapitalSlut");
    private static final Map<String, String> LABELS = Map.of(
            "summaIntakter", "Summa intäkter", "kostnaderTotalt", "Kostnader totalt",
            "summaFinansiellaPoster", "Summa finansiella poster", "resultat", "Resultat",
            "egetKapitalBorjan", "Eget kapital vid årets början", "egetKapitalSlut", "Eget kapital vid årets slut");

    @Override
    public boolean appliesTo(String templateId) {
        return TEMPLATE.equals(templateId);
    }

    @Override
    public List<Finding> check(JsonNode data) {
        return check(data.path("budget"), "/budget");
    }

    static List<Finding> check(JsonNode budget, String base) {
        List<Finding> findings = new ArrayList<>();
        BudgetCalculator.problems(budget, base).forEach(p -> findings.add(Finding.error("budget.struktur", p.pointer(), p.message())));
        if (!findings.isEmpty()) {
            return findings;
        }
        BudgetCalculation c = BudgetCalculator.calculate(budget);
        BudgetCalculation.Contributions members = c.contributions();
        JsonNode stated = budget.path("medlemsbidrag");
        String unit = c.unit();
        for (int y = 0; y < c.years().size(); y++) {
            int year = c.years().get(y);
            long total = members.total().get(y);
            part(findings, stated.path("forsakringskassan").path("angivetBelopp").path(y),
                    ContributionSplit.exactPart(total, 2, 4), members.fk().get(y),
                    base + "/medlemsbidrag/forsakringskassan/angivetBelopp/" + y, members.fkName() + " " + year, unit);
            part(findings, stated.path("region").path("angivetBelopp").path(y),
                    ContributionSplit.exactPart(total, 1, 4), members.region().get(y),
                    base + "/medlemsbidrag/region/angivetBelopp/" + y, members.regionName() + " " + year, unit);
            for (int i = 0; i < members.municipalities().size(); i++) {
                Municipality m = members.municipalities().get(i);
                part(findings, stated.path("kommuner").path(i).path("angivetBelopp").path(y),
                        ContributionSplit.exactPart(members.municipalitiesTotal().get(y), m.population(), members.populationTotal()),
                        m.amounts().get(y), base + "/medlemsbidrag/kommuner/" + i + "/angivetBelopp/" + y,
                        m.name() + " " + year, unit);
            }
            for (int g = 0; g < c.costGroups().size(); g++) {
                exact(findings, budget.path("kostnader").path(g).path("angivenSumma").path(y), c.costGroups().get(g).total().get(y),
                        base + "/kostnader/" + g + "/angivenSumma/" + y, "Summa " + c.costGroups().get(g).heading().toLowerCase(SwedishFormat.SWEDISH) + " " + year, unit);
            }
            List<List<Long>> computed = List.of(c.totalIncome(), c.totalCosts(), c.totalFinancial(), c.result(),
                    c.equityStart(), c.equityEnd());
            for (int k = 0; k < STATED_TOTALS.size(); k++) {
                String key = STATED_TOTALS.get(k);
                exact(findings, budget.path("angivet").path(key).path(y), computed.get(k).get(y),
                        base + "/angivet/" + key + "/" + y, LABELS.get(key) + " " + year, unit);
            }
        }
        for (int i = 0; i < members.municipalities().size(); i++) {
            JsonNode share = stated.path("kommuner").path(i).path("angivenAndel");
            if (share.isNumber()) {
                percent(findings, share.decimalValue(), members.municipalities().get(i),
                        base + "/medlemsbidrag/kommuner/" + i + "/angivenAndel");
            }
        }
        return findings;
    }

    /** A stated part of a split: either whole neighbour of the exact part is a correct rounding. */
    private static void part(List<Finding> findings, JsonNode stated, BigDecimal exactPart, long computed,
            String pointer, String what, String unit) {
        if (!stated.isIntegralNumber()) {
            return;
        }
        BigDecimal difference = BigDecimal.valueOf(stated.asLong()).subtract(exactPart).abs();
        if (difference.compareTo(BigDecimal.ONE) >= 0) {
            findings.add(new Finding(Severity.WARNING, "budget.angivet-belopp", pointer,
                    what + ": angivet " + SwedishFormat.amount(stated.asLong()) + " " + unit + ", beräknat "
                            + SwedishFormat.amount(computed) + " " + unit + " (exakt " + SwedishFormat.number(exactPart, 2) + ").",
                    computed, stated.asLong()));
        }
    }

    private static void exact(List<Finding> findings, JsonNode stated, long computed, String pointer, String what, String unit) {
        if (stated.isIntegralNumber() && stated.asLong() != computed) {
            findings.add(new Finding(Severity.WARNING, "budget.angiven-summa", pointer,
                    what + ": angivet " + SwedishFormat.amount(stated.asLong()) + " " + unit + ", beräknat "
                            + SwedishFormat.amount(computed) + " " + unit + ".", computed, stated.asLong()));
        }
    }

    /** A printed percentage with d decimals stands for anything within half a unit of its last decimal. */
    private static void percent(List<Finding> findings, BigDecimal stated, Municipality m, String pointer) {
        int decimals = Math.max(0, stated.scale());
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
