package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests get a clear problem+json answer naming the field, and nothing is stored.
 */
class BadInputTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private long documentsBefore;

    @BeforeEach
    void count() {
        documentsBefore = documents();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(documents()).isEqualTo(documentsBefore);
    }

    private long documents() {
        return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
    }

    private static ObjectNode kallelse() {
        return (ObjectNode) Api.fixtureJson("kallelse-2024-03-22.json");
    }

    private static java.util.List<String> pointers(Api.Response response) {
        java.util.List<String> pointers = new java.util.ArrayList<>();
        response.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asString()));
        return pointers;
    }

    @Test
    void invalidJson() {
        Api.Response response = api.post("/api/documents", "{\"template\": \"kallelse\", \"data\": {", "kansli");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("JSON");
    }

    @Test
    void wrongTypeOfTheRequestItself() {
        Api.Response response = api.post("/api/documents", "{\"template\": [1,2], \"data\": {}}", "kansli");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        // said for the sender, without the service's Java class names
        assertThat(response.json().get("detail").asString()).isEqualTo("Fältet /template: Fel typ: text väntades, inte en lista.");
        assertThat(pointers(response)).containsExactly("/template");
    }

    @Test
    void validJsonOfTheWrongShapeIsBadDataNotABadRequest() {
        Api.Response array = api.post("/api/documents", "[1, 2]", "kansli");
        assertThat(array.status()).isEqualTo(422);
        assertThat(array.contentType()).startsWith("application/problem+json");
        assertThat(pointers(array)).containsExactly("");

        Api.Response nothing = api.post("/api/documents", "null", "kansli");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.json().get("detail").asString()).contains("saknar innehåll");

        Api.Response tooLarge = api.post("/api/distribution/bundles",
                "{\"bilagor\": [{\"titel\": \"Budget\"}, {\"nummer\": 2147483648}]}", "sekreterare");
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(pointers(tooLarge)).containsExactly("/bilagor/1/nummer");
        assertThat(tooLarge.json().get("detail").asString()).contains("för stort eller för litet").contains("ett heltal");

        Api.Response notANumber = api.post("/api/distribution/bundles", "{\"bilagor\": [{\"nummer\": \"två\"}]}",
                "sekreterare");
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.json().get("detail").asString())
                .isEqualTo("Fältet /bilagor/0/nummer: Ogiltigt värde \"två\": ett heltal väntades.");
        Api.Response notAnId = api.post("/api/distribution/bundles", "{\"kallelse\": \"abc\"}", "sekreterare");
        assertThat(notAnId.json().get("detail").asString()).isEqualTo("Fältet /kallelse: Ogiltigt värde \"abc\": ett id (UUID) väntades.");
        assertThat(api.post("/api/documents", "[1, 2]", "kansli").text()).doesNotContain("se.finsam");

        Api.Response digits = api.post("/api/documents", "{\"template\": \"kallelse\", \"data\": {\"n\": "
                + "9".repeat(5000) + "}}", "kansli");
        assertThat(digits.status()).isEqualTo(422);
        assertThat(digits.text().length()).as("the answer does not echo the 5 000 digits").isLessThan(2000);

        Api.Response broken = api.post("/api/documents", "{\"template\": ", "kansli");
        assertThat(broken.status()).as("not JSON at all stays a bad request").isEqualTo(400);
    }

    @Test
    void unknownTemplateAndVersion() {
        ObjectNode body = kallelse().put("template", "finns-inte");
        Api.Response unknown = api.post("/api/documents", (JsonNode) body, "kansli");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(pointers(unknown)).containsExactly("/template");

        Api.Response version = api.post("/api/documents", (JsonNode) kallelse().put("templateVersion", "999"), "kansli");
        assertThat(version.status()).isEqualTo(404);
        assertThat(pointers(version)).containsExactly("/templateVersion");
    }

    @Test
    void missingPartsOfTheRequest() {
        Api.Response response = api.post("/api/documents", "{\"format\":\"odt\"}", "kansli");
        assertThat(response.status()).isEqualTo(422);
        assertThat(pointers(response)).containsExactlyInAnyOrder("/template", "/format", "/data");
    }

    @Test
    void schemaViolationsArePointedOut() {
        ObjectNode body = kallelse();
        ObjectNode data = (ObjectNode) body.get("data");
        data.remove("organ");
        data.put("datum", "22 mars");
        ((ObjectNode) ((ArrayNode) data.get("punkter")).get(2)).put("rubrik", 17);
        data.put("okänt", "x");

        Api.Response response = api.post("/api/documents", (JsonNode) body, "kansli");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(pointers(response)).contains("/data/organ", "/data/datum", "/data/punkter/2/rubrik", "/data");
        assertThat(api.post("/api/previews", (JsonNode) body, "kansli").status()).isEqualTo(422);
    }

    @Test
    void checksReportTheSameFindingsWithoutRefusing() {
        ObjectNode body = kallelse();
        ((ObjectNode) body.get("data")).put("punkter", "inte en lista");

        Api.Response response = api.post("/api/checks", (JsonNode) body, "sekreterare");

        assertThat(response.status()).isEqualTo(200);
        JsonNode finding = response.json().get("findings").get(0);
        assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
        assertThat(finding.get("pointer").asString()).isEqualTo("/data/punkter");
        assertThat(finding.get("code").asString()).isEqualTo("schema.type");
        assertThat(finding.get("message").asString()).isNotBlank();
    }

    @Test
    void theFixtureHasNoFindings() {
        assertThat(api.post("/api/checks", Api.fixture("kallelse-2024-03-22.json"), "sekreterare").json().get("findings"))
                .isEmpty();
    }

    @Test
    void bodiesOverTheLimitAre413() {
        ObjectNode body = kallelse();
        ((ObjectNode) body.get("data")).put("avslutning", "x".repeat(3 * 1024 * 1024));
        Api.Response response = api.post("/api/documents", (JsonNode) body, "kansli");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTemplateThatFailsOnTheDataIsA422WithItsLine() {
        String files = """
                {"files":{"schema.json":"{\\"type\\":\\"object\\"}","template.ftlh":"<html xmlns=\\"http://www.w3.org/1999/xhtml\\" lang=\\"sv\\"><head><title>t</title></head>\\n<body><p>${data.saknas}</p></body></html>"}}""";
        String version = api.post("/api/templates/trasig-data/versions", files, "admin").json().get("version").asString();
        Api.Response response = api.post("/api/templates/trasig-data/versions/" + version + "/preview",
                "{\"format\":\"pdf\",\"data\":{}}", "admin");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("line").asInt()).isEqualTo(2);
        assertThat(response.json().get("detail").asString()).contains("saknas");
    }
}
