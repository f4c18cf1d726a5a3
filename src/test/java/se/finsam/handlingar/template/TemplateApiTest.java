package se.finsam.handlingar.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TemplateApiTest extends IntegrationTest {

    private static final String SCHEMA = """
            {"type":"object","required":["namn"],"properties":{"namn":{"type":"string"}},"additionalProperties":false}""";

    private static String files(String heading, String css) {
        ObjectNode body = Api.JSON.createObjectNode();
        ObjectNode files = body.putObject("files");
        files.put("template.json", "{\"title\":\"Intyg\",\"formats\":[\"pdf\",\"html\"]}");
        files.put("schema.json", SCHEMA);
        files.put("style.css", css);
        files.put("template.ftlh", """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE"><head><title>Intyg</title>
                <link rel="stylesheet" href="style.css"/></head>
                <body><h1>%s</h1><p>${data.namn}</p></body></html>""".formatted(heading));
        return Api.JSON.writeValueAsString(body);
    }

    private static String documentFor(String template, String version, String namn) {
        return """
                {"template":"%s",%s"format":"pdf","data":{"namn":"%s"}}""".formatted(template,
                version == null ? "" : "\"templateVersion\":\"" + version + "\",", namn);
    }

    @Test
    void listsTheBundledKallelseWithAPublishedVersion() {
        JsonNode templates = api.get("/api/templates", "styrelse").json();
        JsonNode kallelse = null;
        for (JsonNode t : templates) {
            if (t.get("id").asString().equals("kallelse")) {
                kallelse = t;
            }
        }
        assertThat(kallelse).isNotNull();
        assertThat(kallelse.get("title").asString()).isEqualTo("Kallelse och föredragningslista");
        JsonNode version = kallelse.get("versions").get(0);
        assertThat(version.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(version.get("sha256").asString()).hasSize(64);
    }

    @Test
    void draftPreviewPublishFreezeAndOlderVersionsStayRenderable() {
        Api.Response created = api.post("/api/templates/intyg/versions", files("Intyg", "h1 { color: #000; }"), "kansli");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String v1 = created.json().get("version").asString();

        Api.Response preview = api.post("/api/templates/intyg/versions/" + v1 + "/preview",
                "{\"format\":\"pdf\",\"data\":{\"namn\":\"Anna\"}}", "kansli");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(PdfText.of(preview.body())).contains("Anna");

        Api.Response draftDocument = api.post("/api/documents", documentFor("intyg", v1, "Anna"), "kansli");
        assertThat(draftDocument.status()).as("a draft is not archived").isEqualTo(422);

        assertThat(api.put("/api/templates/intyg/versions/" + v1, files("Intyg, ändrat", "h1 { color: #000; }"), "kansli")
                .status()).as("a draft can change").isEqualTo(200);
        Api.Response published = api.post("/api/templates/intyg/versions/" + v1 + "/publish", "", "kansli");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        String sha1 = published.json().get("sha256").asString();

        Api.Response change = api.put("/api/templates/intyg/versions/" + v1, files("Annat", ""), "kansli");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.contentType()).startsWith("application/problem+json");

        String v2 = api.post("/api/templates/intyg/versions", files("Intyg version två", "h1 { color: #000; }"), "kansli")
                .json().get("version").asString();
        api.post("/api/templates/intyg/versions/" + v2 + "/publish", "", "kansli");

        JsonNode newest = api.post("/api/documents", documentFor("intyg", null, "Bo"), "sekreterare").json();
        assertThat(newest.get("templateVersion").asString()).isEqualTo(v2);
        JsonNode older = api.post("/api/documents", documentFor("intyg", v1, "Bo"), "sekreterare").json();
        assertThat(older.get("templateVersion").asString()).isEqualTo(v1);
        byte[] olderPdf = api.get("/api/documents/" + older.get("id").asString() + "/content", "styrelse").body();
        assertThat(PdfText.of(olderPdf)).contains("Intyg, ändrat").doesNotContain("version två");

        JsonNode detail = api.get("/api/templates/intyg/versions/" + v1, "styrelse").json();
        assertThat(detail.get("sha256").asString()).isEqualTo(sha1);
        assertThat(detail.get("files").get("template.ftlh").asString()).contains("Intyg, ändrat");
    }

    @Test
    void theHashCoversEveryFile() {
        String a = api.post("/api/templates/hash-test/versions", files("Rubrik", "h1 { color: #000; }"), "admin")
                .json().get("version").asString();
        String b = api.post("/api/templates/hash-test/versions", files("Rubrik", "h1 { color: #111; }"), "admin")
                .json().get("version").asString();
        String shaA = api.get("/api/templates/hash-test/versions/" + a, "admin").json().get("sha256").asString();
        String shaB = api.get("/api/templates/hash-test/versions/" + b, "admin").json().get("sha256").asString();
        assertThat(shaA).isNotEqualTo(shaB);
        assertThat(TemplateHashing.sha256(Map.of("a", "1", "b", "2")))
                .isEqualTo(TemplateHashing.sha256(Map.of("b", "2", "a", "1")))
                .isNotEqualTo(TemplateHashing.sha256(Map.of("a", "12", "b", "")));
    }

    @Test
    void aSyntaxErrorIsRefusedWithLineAndColumn() {
        ObjectNode body = (ObjectNode) Api.JSON.readTree(files("Intyg", ""));
        ((ObjectNode) body.get("files")).put("template.ftlh", "<html>\n<body>\n<#if data.namn>\n</body></html>");

        Api.Response response = api.post("/api/templates/trasig/versions", (JsonNode) body, "kansli");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("file").asString()).isEqualTo("template.ftlh");
        assertThat(problem.get("line").asInt()).isPositive();
        assertThat(problem.get("column").asInt()).isPositive();
        assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo("/files/template.ftlh");
        assertThat(api.get("/api/templates", "kansli").text()).doesNotContain("\"trasig\"");
    }

    @Test
    void everyVersionNeedsASchema() {
        ObjectNode body = (ObjectNode) Api.JSON.readTree(files("Intyg", ""));
        ((ObjectNode) body.get("files")).remove("schema.json");

        Api.Response response = api.post("/api/templates/utan-schema/versions", (JsonNode) body, "kansli");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/files/schema.json");
    }

    @Test
    void onlyAdminAndKansliManageTemplates() {
        assertThat(api.post("/api/templates/intyg-roll/versions", files("X", ""), "sekreterare").status()).isEqualTo(403);
        assertThat(api.post("/api/templates/intyg-roll/versions", files("X", ""), "styrelse").status()).isEqualTo(403);
        assertThat(api.post("/api/templates/kallelse/versions/1/publish", "", "sekreterare").status()).isEqualTo(403);
        assertThat(api.post("/api/templates/intyg-roll/versions", files("X", ""), "admin").status()).isEqualTo(201);
    }
}
