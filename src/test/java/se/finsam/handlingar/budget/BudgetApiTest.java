package se.finsam.handlingar.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class BudgetApiTest extends IntegrationTest {

    private static JsonNode seedData() {
        return Api.fixtureJson(VerksamhetsplanDocumentTest.FIXTURE).path("data");
    }

    private static ObjectNode plan() {
        ObjectNode plan = (ObjectNode) seedData().deepCopy();
        plan.remove("budget");
        return plan;
    }

    @Test
    void aRevisedBudgetIsANewVersionAndTheOldOneStays() {
        String id = "umea-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode budget = (ObjectNode) seedData().path("budget").deepCopy();
        Api.Response v1 = api.post("/api/budgets/" + id + "/versions", (JsonNode) budget, "kansli");
        assertThat(v1.status()).as(v1.text()).isEqualTo(201);
        assertThat(v1.json().path("version").asInt()).isEqualTo(1);
        assertThat(v1.json().path("calculation").path("equityEnd").toString()).isEqualTo("[855,831,782]");
        assertThat(v1.json().path("findings").findValuesAsString("pointer")).contains("/angivet/egetKapitalSlut/1");

        ((ArrayNode) budget.path("kostnader").get(0).path("rader").get(2).path("belopp")).set(1, -1650);
        Api.Response v2 = api.post("/api/budgets/" + id + "/versions", (JsonNode) budget, "admin");
        assertThat(v2.json().path("version").asInt()).isEqualTo(2);
        assertThat(v2.json().path("calculation").path("result").toString()).isEqualTo("[-869,-54,-49]");

        assertThat(api.get("/api/budgets/" + id + "/versions/1", "styrelse").json().path("calculation").path("result").toString())
                .isEqualTo("[-869,-24,-49]");
        assertThat(api.get("/api/budgets/" + id, "styrelse").json().path("version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/budgets/" + id + "/versions", "styrelse").json().size()).isEqualTo(2);
    }

    @Test
    void aBudgetThatCannotBeComputedIsRefusedWithAPointerAndNotStored() {
        String id = "trasig-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode budget = (ObjectNode) seedData().path("budget").deepCopy();
        ((ArrayNode) budget.path("finansiellaPoster").get(1).path("belopp")).add(-15);
        Api.Response response = api.post("/api/budgets/" + id + "/versions", (JsonNode) budget, "kansli");
        assertThat(response.status()).isBetween(400, 422);
        assertThat(response.text()).contains("/finansiellaPoster/1/belopp");
        assertThat(api.get("/api/budgets/" + id, "kansli").status()).isEqualTo(404);
    }

    @Test
    void onlyKansliAndAdminStoreBudgets() {
        Api.Response response = api.post("/api/budgets/styrelsens/versions", seedData().path("budget"), "styrelse");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void documentsAreMadeFromAStoredBudgetAndKeepTheSnapshotTheyUsed() {
        String id = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/budgets/" + id + "/versions", seedData().path("budget"), "kansli");
        ObjectNode budget = (ObjectNode) seedData().path("budget").deepCopy();
        budget.put("egetKapitalIngaende", 2000);
        api.post("/api/budgets/" + id + "/versions", (JsonNode) budget, "kansli");

        for (String format : new String[] {"pdf", "docx"}) {
            ObjectNode order = Api.JSON.createObjectNode();
            order.put("budgetVersion", 1);
            order.put("format", format);
            order.set("plan", plan());
            Api.Response created = api.post("/api/budgets/" + id + "/documents", (JsonNode) order, "kansli");
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            assertThat(created.json().path("format").asString()).isEqualTo(format);
            String documentId = created.json().path("id").asString();
            JsonNode snapshot = api.get("/api/documents/" + documentId + "/data", "styrelse").json();
            assertThat(snapshot.path("budgetKalla").path("version").asInt()).isEqualTo(1);
            assertThat(snapshot.path("budget").path("egetKapitalIngaende").asLong()).isEqualTo(1724);
            assertThat(snapshot.path("kapitel").size()).isEqualTo(plan().path("kapitel").size());
        }
    }

    @Test
    void thePlanMustNotCarryItsOwnNumbers() {
        String id = "dubbel-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/budgets/" + id + "/versions", seedData().path("budget"), "kansli");
        ObjectNode order = Api.JSON.createObjectNode();
        order.set("plan", seedData());
        Api.Response response = api.post("/api/budgets/" + id + "/documents", (JsonNode) order, "kansli");
        assertThat(response.status()).isBetween(400, 422);
        assertThat(response.text()).contains("/plan/budget");
    }
}
