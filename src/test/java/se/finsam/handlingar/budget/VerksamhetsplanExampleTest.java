package se.finsam.handlingar.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfText;
import tools.jackson.databind.JsonNode;

/**
 * The acceptance plan: a fictional förbund's verksamhetsplan 2025–2027 written as data alone — Budget and Prognos 2024
 * with an avvikelse column beside Budget 2025 and Plan 2026–2027, costs printed positive, its own row labels, a SWOT
 * grid, three heading levels, footnotes and nested lists. The checks must find exactly what was planted in it.
 */
class VerksamhetsplanExampleTest extends IntegrationTest {

    static final String FIXTURE = "verksamhetsplan-2025-2027.json";

    /** What was planted, as code and pointer; see docs/verksamhetsplan.md. */
    private static final List<String> PLANTED = List.of(
            // 4 600 typed for the insatser of Budget 2025; the rows sum to 4 500
            "budget.angiven-summa /data/budget/kostnader/1/angivenSumma/2",
            // Årets resultat Plan 2026: −760 typed for −670
            "budget.angiven-summa /data/budget/angivet/resultat/3",
            // eget kapital carried on from Budget 2024 instead of Prognos 2024: 575 too low from 2025 on
            "budget.angiven-summa /data/budget/angivet/egetKapitalSlut/2",
            "budget.angiven-summa /data/budget/angivet/egetKapitalSlut/3",
            "budget.angiven-summa /data/budget/angivet/egetKapitalSlut/4",
            // Sjöbacka's part of Plan 2027 from an old key: 352 where 325,55 is exact
            "budget.angivet-belopp /data/budget/medlemsbidrag/kommuner/1/angivetBelopp/4",
            // Granvik's share written "74,0" (one decimal) where the exact share is 73,62 %; "74" would be correct
            "budget.angiven-andel /data/budget/medlemsbidrag/kommuner/0/angivenAndel");

    @Test
    void theChecksFindExactlyWhatWasPlanted() {
        Api.Response response = api.post("/api/checks", Api.fixtureJson(FIXTURE), "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        for (JsonNode f : response.json().path("findings")) {
            found.add(f.path("code").asString() + " " + f.path("pointer").asString());
            assertThat(f.path("severity").asString()).as(f.toString()).isEqualTo("WARNING");
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(PLANTED);
        JsonNode equity = finding(response.json(), "/data/budget/angivet/egetKapitalSlut/4");
        assertThat(equity.path("expected").asLong()).isEqualTo(775L);
        assertThat(equity.path("actual").asLong()).isEqualTo(200L);
        assertThat(equity.path("message").asString()).startsWith("Eget kapital 31 december Plan 2027:");
        JsonNode share = finding(response.json(), "/data/budget/medlemsbidrag/kommuner/0/angivenAndel");
        assertThat(share.path("expected").decimalValue()).isEqualByComparingTo("73.6");
    }

    @Test
    void rendersTheComparisonTableWithCostsPositiveAndItsOwnLabels() throws java.io.IOException {
        Api.Response response = api.post("/api/previews", Api.fixtureJson(FIXTURE), "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/verksamhetsplan-2025-2027.pdf"), response.body());
        String text = PdfText.of(response.body()).replace('\u00a0', ' ').replace('\u2212', '-');
        assertThat(text).contains("Tkr Budget 2024 Prognos 2024 Avvikelse Budget 2025 Plan 2026 Plan 2027")
                .contains("Summa insatser 4 400 3 910 -490 4 500 4 560 4 680")
                .contains("Summa kostnader 6 600 6 070 -530 6 800 6 925 7 110")
                .contains("Årets resultat -545 30 575 -540 -670 -655")
                .contains("Eget kapital 1 januari 2 610 2 610 0 2 640 2 100 1 430")
                .contains("Eget kapital 31 december 2 065 2 640 575 2 100 1 430 775")
                .contains("Granviks kommun, 73,6 % av arb.-bef. 1 104 1 104 0 1 141 1 141 1 178")
                .contains("Styrkor", "Svagheter", "Möjligheter", "Hot")
                .contains("4.1.1 Samverkan")
                .doesNotContain("Umeå");
    }

    @Test
    void theBudgetIsStoredAndVersionedAndThePlanMadeFromTheStoredVersion() {
        JsonNode data = Api.fixtureJson(FIXTURE).path("data");
        Api.Response saved = api.post("/api/budgets/norrskogen-2025-2027/versions", data.path("budget"), "kansli");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        assertThat(saved.json().path("findings")).hasSize(PLANTED.size());
        assertThat(saved.json().path("calculation").path("table").path("columns")).hasSize(6);

        tools.jackson.databind.node.ObjectNode plan = (tools.jackson.databind.node.ObjectNode) data.deepCopy();
        plan.remove("budget");
        tools.jackson.databind.node.ObjectNode order = Api.JSON.createObjectNode();
        order.put("budgetVersion", saved.json().path("version").asInt());
        order.set("plan", plan);
        Api.Response created = api.post("/api/budgets/norrskogen-2025-2027/documents", order, "kansli");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("findings")).hasSize(PLANTED.size());
    }

    private static JsonNode finding(JsonNode body, String pointer) {
        for (JsonNode f : body.path("findings")) {
            if (f.path("pointer").asString().equals(pointer)) {
                return f;
            }
        }
        throw new AssertionError("no finding at " + pointer);
    }
}
