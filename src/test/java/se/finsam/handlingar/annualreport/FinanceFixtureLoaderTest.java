package se.finsam.handlingar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A fresh service holds the seed's budget and 2023 figures, so documents can be made from stored data at once.
 */
class FinanceFixtureLoaderTest extends IntegrationTest {

    @Test
    void theSeedBudgetAndAnnualFiguresAreStoredAtStart() {
        JsonNode budget = api.get("/api/budgets/" + FinanceFixtureLoader.SEED_BUDGET, "styrelse").json();
        assertThat(budget.path("version").asInt()).isEqualTo(1);
        assertThat(budget.path("budget")).isEqualTo(Api.fixtureJson("verksamhetsplan-2022-2024.json").path("data").path("budget"));

        Api.Response report = api.get("/api/annual-reports/2023", "styrelse");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("Umeåregionen");
    }
}
