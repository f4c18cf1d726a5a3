package se.finsam.handlingar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The driftsredovisning's object → budget line mapping through HTTP: the proposal by name, refusals that name the
 * field and store nothing, a stored mapping that groups objects and shows uncovered budget lines, and a draft whose
 * driftsredovisning adds up.
 */
class OperatingMappingApiTest extends IntegrationTest {

    private static final String ORGNR = "222000-1354";
    private static final String BUDGET = "drift-plan";
    private static final String PATH = "/api/annual-reports/operating-mappings/" + ORGNR + "/" + BUDGET;

    @BeforeEach
    void booksAndBudget() throws IOException {
        for (String name : List.of("bokforing-2023.se", "bokforing-2024.se")) {
            Api.Response r = api.postBytes("/api/bookkeeping/imports", Files.readAllBytes(Path.of("fixtures", name)),
                    "application/octet-stream", "kansli");
            assertThat(r.status()).as(r.text()).isBetween(200, 201);
        }
        JsonNode plan = Api.fixtureJson("verksamhetsplan-2022-2024.json").path("data").path("budget");
        assertThat(api.post("/api/budgets/" + BUDGET + "/versions", plan, "kansli").status()).isBetween(200, 201);
    }

    @Test
    void withoutAStoredMappingTheObjectsAreMatchedByNameAndTheProposalSaysSo() {
        JsonNode plan = Api.fixtureJson("verksamhetsplan-2022-2024.json").path("data").path("budget");
        assertThat(api.post("/api/budgets/drift-forslag/versions", plan, "kansli").status()).isBetween(200, 201);
        Api.Response r = api.get("/api/annual-reports/operating-mappings/2220001354/drift-forslag", "styrelse");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode proposal = r.json();
        assertThat(proposal.path("version").asInt()).isZero();
        assertThat(proposal.path("orgnr").asString()).isEqualTo(ORGNR);
        assertThat(proposal.path("proposed").asBoolean()).isTrue();
        assertThat(proposal.path("dimension").asString()).isEqualTo("1");
        Map<String, String> lines = entries(proposal);
        assertThat(lines).containsEntry("VUXEN", "Vuxentorget").containsEntry("KANSLI", "Kansli och styrelse")
                .containsEntry("VNARA", "Verksamhetsnära kostnader").containsEntry("PROVRUM", "provrum kortutbildade");
        assertThat(proposal.path("budgetLines").toString()).contains("\"Vuxentorget\"", "\"Kansli och styrelse\"");
    }

    @Test
    void unknownLinesAndObjectsAreRefusedWithTheirPointerAndStoreNothing() {
        int before = api.get(PATH, "kansli").json().path("version").asInt();
        Api.Response unknownLine = api.put(PATH, "{\"objects\":[{\"object\":\"VUXEN\",\"budgetLine\":\"Vuxentorget\"},"
                + "{\"object\":\"UNGDOM\",\"budgetLine\":\"Ungdomstorgets lokaler\"}]}", "kansli");
        assertThat(unknownLine.status()).as(unknownLine.text()).isEqualTo(422);
        assertThat(unknownLine.contentType()).startsWith("application/problem+json");
        assertThat(unknownLine.json().path("errors")).hasSize(1);
        assertThat(unknownLine.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/objects/1/budgetLine");
        assertThat(unknownLine.json().path("errors").get(0).path("message").asString())
                .contains("Ungdomstorgets lokaler", "Ungdomstorget");

        Api.Response unknownObject = api.put(PATH, "{\"objects\":[{\"object\":\"VUXNE\",\"budgetLine\":\"Vuxentorget\"}]}",
                "kansli");
        assertThat(unknownObject.status()).isEqualTo(422);
        assertThat(unknownObject.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/objects/0/object");
        assertThat(unknownObject.json().path("errors").get(0).path("message").asString()).contains("VUXNE", "VUXEN");

        Api.Response twice = api.put(PATH, "{\"objects\":[{\"object\":\"KANSLI\",\"budgetLine\":\"Kansli och styrelse\"},"
                + "{\"object\":\"VNARA\",\"budgetLine\":\"Lokalhyra\"},{\"object\":\"KANSLI\",\"budgetLine\":null}]}", "kansli");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().path("errors").findValuesAsString("pointer"))
                .containsExactly("/objects/1/budgetLine", "/objects/2/object");

        assertThat(api.put(PATH, "{}", "kansli").status()).isEqualTo(422);
        Api.Response nullEntry = api.put(PATH, "{\"objects\":[null]}", "kansli");
        assertThat(nullEntry.status()).isEqualTo(422);
        assertThat(nullEntry.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/objects/0/object");
        Api.Response wrongType = api.put(PATH, "{\"objects\":\"VUXEN\"}", "kansli");
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/objects");
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        assertThat(api.put(PATH, "{\"objects\":[{\"object\":\"VUXEN\",\"budgetLine\":\"Vuxentorget\"}]}", "styrelse")
                .status()).isEqualTo(403);
        assertThat(api.put("/api/annual-reports/operating-mappings/" + ORGNR + "/finns-inte", "{\"objects\":[]}", "kansli")
                .status()).isEqualTo(404);
        assertThat(api.get(PATH, "kansli").json().path("version").asInt()).isEqualTo(before);
    }

    @Test
    void aStoredMappingDecidesTheBudgetOfEachVerksamhetAndTheDraftAddsUp() {
        // three objects on one line, one without a budget line on purpose, UNGA left out of the mapping
        List<String> entries = new ArrayList<>();
        Map<String, String> byName = entries(api.get(PATH, "kansli").json());
        byName.forEach((object, line) -> {
            String target = switch (object) {
                case "INTEGRATION", "VNARA" -> "Vuxentorget";
                case "PROVRUM" -> null;
                case "UNGA" -> "skip";
                default -> line;
            };
            if (!"skip".equals(target)) {
                entries.add("{\"object\":\"" + object + "\",\"budgetLine\":" + (target == null ? "null" : "\"" + target + "\"") + "}");
            }
        });
        Api.Response saved = api.put(PATH, "{\"objects\":[" + String.join(",", entries) + "]}", "kansli");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().path("version").asInt()).isPositive();
        assertThat(saved.json().path("proposed").asBoolean()).isFalse();
        assertThat(api.get(PATH, "styrelse").json().path("version").asInt()).isEqualTo(saved.json().path("version").asInt());
        JsonNode audit = api.get("/api/audit?kind=annualreport.operatingMapping&object=operatingMapping/" + ORGNR + "/"
                + BUDGET, "admin").json().path("items");
        assertThat(audit.get(0).path("details").path("version").asInt()).isEqualTo(saved.json().path("version").asInt());

        Api.Response figures = api.get("/api/annual-reports/2024/figures?orgnr=" + ORGNR + "&budget=" + BUDGET, "kansli");
        assertThat(figures.status()).as(figures.text()).isEqualTo(200);
        JsonNode table = figures.json().path("data").path("tabeller").get(0);
        // Vuxentorget carries three objects and its budget line once
        assertThat(rows(table, "Vuxentorget")).singleElement().satisfies(v -> {
            assertThat(v.get(1).asLong()).isEqualTo(-2400);
            assertThat(v.get(0).asLong()).isLessThan(-2400);
        });
        // budget lines nobody is followed up against stand with utfall 0: VNARA's group, the processledare's line, UNGA's
        assertThat(rows(table, "Verksamhetsnära kostnader")).singleElement()
                .satisfies(v -> assertThat(v.toString()).isEqualTo("[0,-440,440]"));
        assertThat(rows(table, "Processledare integration")).singleElement()
                .satisfies(v -> assertThat(v.toString()).isEqualTo("[0,-340,340]"));
        List<JsonNode> unga = rows(table, "De sammanhållna insatserna för unga");
        assertThat(unga).hasSize(2);
        assertThat(unga.get(0).get(0).asLong()).isNegative();
        assertThat(unga.get(0).get(1).isNull()).isTrue();
        assertThat(unga.get(1).toString()).isEqualTo("[0,-700,700]");
        long budgetSum = 0;
        long utfallSum = 0;
        int parts = 0;
        for (JsonNode r : table.path("rader")) {
            if (r.path("id").asString().matches("v\\d+|ejFordelat")) {
                budgetSum += r.path("varden").get(1).asLong(0);
                utfallSum += r.path("varden").get(0).asLong(0);
                parts++;
            }
        }
        JsonNode total = rows(table, "Summa kostnader").get(0);
        assertThat(budgetSum).isEqualTo(total.get(1).asLong()).isEqualTo(-11545);
        assertThat(Math.abs(utfallSum - total.get(0).asLong())).isLessThanOrEqualTo(parts / 2);

        List<String> codes = figures.json().path("findings").findValuesAsString("code");
        assertThat(codes).contains("driftsredovisning.utanBudgetrad", "driftsredovisning.budgetradUtanUtfall");
        List<String> messages = figures.json().path("findings").findValuesAsString("message");
        assertThat(messages).anyMatch(m -> m.contains("De sammanhållna insatserna för unga") && m.contains("UNGA"));
        assertThat(messages).anyMatch(m -> m.contains("\"Processledare integration\"") && m.contains("utfall 0"));
        assertThat(messages).noneMatch(m -> m.contains("PROVRUM"));

        // the draft built with this mapping agrees with itself: no table sum or avvikelse finding
        assertThat(api.put("/api/annual-reports/2023", Api.fixtureJson("arsredovisning-2023.json").path("data"), "kansli")
                .status()).isEqualTo(200);
        Api.Response draft = api.post("/api/annual-reports/2024/draft", "{\"budget\":\"" + BUDGET
                + "\",\"signingDate\":\"2025-03-21\",\"replace\":true,\"orgnr\":\"" + ORGNR + "\"}", "kansli");
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        assertThat(draft.json().path("findings").findValuesAsString("code"))
                .doesNotContain("tabell.summa", "tabell.avvikelse", "balansrakning.balanserar", "not.rad");
    }

    private static List<JsonNode> rows(JsonNode table, String text) {
        List<JsonNode> out = new ArrayList<>();
        table.path("rader").forEach(r -> {
            if (r.path("rubrik").asString().equals(text)) {
                out.add(r.path("varden"));
            }
        });
        return out;
    }

    private static Map<String, String> entries(JsonNode mapping) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode e : mapping.path("objects")) {
            out.put(e.path("object").asString(), e.path("budgetLine").isNull() ? null : e.path("budgetLine").asString());
        }
        return out;
    }
}
