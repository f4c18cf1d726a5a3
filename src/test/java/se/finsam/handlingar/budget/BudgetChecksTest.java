package se.finsam.handlingar.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class BudgetChecksTest {

    private static ObjectNode seedData() {
        return (ObjectNode) Api.fixtureJson(VerksamhetsplanDocumentTest.FIXTURE).path("data");
    }

    /** Populations in the proportions of the seed's printed kommun amounts, so only rounding can differ. */
    private static ObjectNode seedWithProportionalPopulations() {
        ObjectNode data = seedData();
        long[] amounts = {2372, 142, 107, 82, 107, 35};
        ArrayNode kommuner = (ArrayNode) data.path("budget").path("medlemsbidrag").path("kommuner");
        for (int i = 0; i < amounts.length; i++) {
            ((ObjectNode) kommuner.get(i)).put("befolkning", amounts[i] * 10);
        }
        return data;
    }

    @Test
    void seedPlanDisagreesOnTheEquityChainOnly_whenPopulationsMatchItsSplit() {
        List<Finding> findings = new BudgetChecks().check(seedWithProportionalPopulations());

        assertThat(findings).extracting(Finding::pointer).containsExactlyInAnyOrder(
                "/budget/angivet/egetKapitalBorjan/2",
                "/budget/angivet/egetKapitalSlut/1",
                "/budget/angivet/egetKapitalSlut/2");
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING);
        Finding first = findings.stream().filter(f -> f.pointer().endsWith("egetKapitalBorjan/2")).findFirst().orElseThrow();
        assertThat(first.expected()).isEqualTo(831L);
        assertThat(first.actual()).isEqualTo(830L);
    }

    @Test
    void printedSharesSummingTo100_1PercentAreNoFinding() {
        ObjectNode data = seedWithProportionalPopulations();
        double sum = 0;
        for (JsonNode k : data.path("budget").path("medlemsbidrag").path("kommuner")) {
            sum += k.path("angivenAndel").asDouble();
        }
        assertThat(sum).isCloseTo(100.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new BudgetChecks().check(data)).noneMatch(f -> f.code().equals("budget.angiven-andel")
                || f.pointer().contains("/medlemsbidrag/"));
    }

    @Test
    void aShareOffByMoreThanItsOwnRoundingIsAFinding() {
        ObjectNode data = seedWithProportionalPopulations();
        ObjectNode umea = (ObjectNode) data.path("budget").path("medlemsbidrag").path("kommuner").get(0);
        umea.put("angivenAndel", new java.math.BigDecimal("83.3"));   // exact 83.374 %: 83,3 is 0.074 off, more than 0.05
        List<Finding> findings = new BudgetChecks().check(data);
        assertThat(findings).filteredOn(f -> f.code().equals("budget.angiven-andel"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.pointer()).isEqualTo("/budget/medlemsbidrag/kommuner/0/angivenAndel");
                    assertThat(f.expected()).isEqualTo(new java.math.BigDecimal("83.4"));
                });
        umea.put("angivenAndel", new java.math.BigDecimal("83.37"));  // two decimals: tolerance 0.005, exact 83.374
        assertThat(new BudgetChecks().check(data)).noneMatch(f -> f.code().equals("budget.angiven-andel"));
    }

    @Test
    void aStatedPartIsCorrectWhenItIsEitherWholeNeighbourOfTheExactPart() {
        ObjectNode data = seedWithProportionalPopulations();
        ObjectNode budget = (ObjectNode) data.path("budget");
        ((ArrayNode) budget.path("medlemsbidrag").path("belopp")).set(0, 11381);   // FK exact 5 690,5
        ((ArrayNode) budget.path("medlemsbidrag").path("forsakringskassan").path("angivetBelopp")).set(0, 5690);
        assertThat(BudgetChecks.check(budget, "/budget")).noneMatch(f -> f.pointer().contains("forsakringskassan"));
        ((ArrayNode) budget.path("medlemsbidrag").path("forsakringskassan").path("angivetBelopp")).set(0, 5689);
        assertThat(BudgetChecks.check(budget, "/budget")).anyMatch(f -> f.pointer().equals("/budget/medlemsbidrag/forsakringskassan/angivetBelopp/0"));
    }

    @Test
    void aWrongSubtotalIsAFindingWithExpectedAndActual() {
        ObjectNode data = seedWithProportionalPopulations();
        ((ArrayNode) data.path("budget").path("kostnader").get(1).path("angivenSumma")).set(2, -400);
        assertThat(new BudgetChecks().check(data)).filteredOn(f -> f.pointer().equals("/budget/kostnader/1/angivenSumma/2"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.expected()).isEqualTo(-440L);
                    assertThat(f.actual()).isEqualTo(-400L);
                });
    }

    @Test
    void populationsThatDoNotGiveTheStatedSplitAreReported() {
        ObjectNode data = seedData();
        // hypothetical population figures (test data, not a source): they give Umeå 83,16 %, so the stated
        // 2 372 tkr and 83,4 % are more than rounding away
        long[] population = {84379, 5211, 3912, 2968, 3722, 1274};
        ArrayNode kommuner = (ArrayNode) data.path("budget").path("medlemsbidrag").path("kommuner");
        for (int i = 0; i < population.length; i++) {
            ((ObjectNode) kommuner.get(i)).put("befolkning", population[i]);
        }
        List<Finding> findings = new BudgetChecks().check(data);
        assertThat(findings).anyMatch(f -> f.pointer().equals("/budget/medlemsbidrag/kommuner/0/angivetBelopp/0")
                && f.expected().equals(2366L) && f.actual().equals(2372L));
        assertThat(findings).anyMatch(f -> f.pointer().equals("/budget/medlemsbidrag/kommuner/0/angivenAndel"));
        assertThat(findings).noneMatch(f -> f.pointer().contains("forsakringskassan") || f.pointer().contains("/region/"));
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void brokenStructureIsAnErrorWithAPointer() {
        ObjectNode data = seedData();
        ((ArrayNode) data.path("budget").path("kostnader").get(0).path("rader").get(0).path("belopp")).remove(2);
        List<Finding> findings = new BudgetChecks().check(data);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/budget/kostnader/0/rader/0/belopp");
        });
    }
}
