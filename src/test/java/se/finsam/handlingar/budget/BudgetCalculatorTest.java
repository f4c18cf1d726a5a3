package se.finsam.handlingar.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class BudgetCalculatorTest {

    private static JsonNode seedBudget() {
        return Api.fixtureJson(VerksamhetsplanDocumentTest.FIXTURE).path("data").path("budget");
    }

    @Test
    void computesSubtotalsTotalsAndResultFromTheLines() {
        BudgetCalculation c = BudgetCalculator.calculate(seedBudget());
        assertThat(c.totalIncome()).containsExactly(11511L, 11511L, 11511L);
        assertThat(c.costGroups()).extracting(BudgetCalculation.CostGroup::total).containsExactly(
                java.util.List.of(-2625L, -2590L, -2715L), java.util.List.of(-400L, -400L, -440L),
                java.util.List.of(-9340L, -8530L, -8390L));
        assertThat(c.totalCosts()).containsExactly(-12365L, -11520L, -11545L);
        assertThat(c.totalFinancial()).containsExactly(-15L, -15L, -15L);
        assertThat(c.result()).containsExactly(-869L, -24L, -49L);
    }

    @Test
    void equityChainStartsWhereThePreviousYearEnded() {
        BudgetCalculation c = BudgetCalculator.calculate(seedBudget());
        assertThat(c.equityStart()).containsExactly(1724L, 855L, 831L);
        assertThat(c.equityEnd()).containsExactly(855L, 831L, 782L);
        for (int y = 0; y < 3; y++) {
            assertThat(c.equityEnd().get(y)).isEqualTo(c.equityStart().get(y) + c.result().get(y));
        }
        for (int y = 1; y < 3; y++) {
            assertThat(c.equityStart().get(y)).isEqualTo(c.equityEnd().get(y - 1));
        }
    }

    @Test
    void memberContributionsAddUpToTheirTotalEveryYear() {
        ObjectNode budget = (ObjectNode) seedBudget();
        ((tools.jackson.databind.node.ArrayNode) budget.path("medlemsbidrag").path("belopp")).set(1, 11381);
        BudgetCalculation.Contributions m = BudgetCalculator.calculate(budget).contributions();
        for (int y = 0; y < 3; y++) {
            int year = y;
            long kommuner = m.municipalities().stream().mapToLong(k -> k.amounts().get(year)).sum();
            assertThat(kommuner).isEqualTo(m.municipalitiesTotal().get(y));
            assertThat(m.fk().get(y) + m.region().get(y) + kommuner).isEqualTo(m.total().get(y));
        }
        assertThat(m.fk().get(1)).isEqualTo(5691L);    // 5 690,5 → largest remainder
        assertThat(m.populationYear()).isEqualTo(2022);
        assertThat(m.municipalities().get(0).printedPercent()).isEqualByComparingTo("83.4");
    }

    @Test
    void nullAmountsPrintAsNoAmountAndCountAsZero() {
        BudgetCalculation c = BudgetCalculator.calculate(seedBudget());
        BudgetCalculation.Line provrum = c.costGroups().get(2).lines().get(9);
        assertThat(provrum.amounts()).containsExactly(-600L, null, null);
    }
}
