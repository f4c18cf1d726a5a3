package se.finsam.handlingar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@link JsonFuzzTest} found, each kept as a small test of its own: every one gave a 500 before.
 */
class FuzzFindingsTest extends IntegrationTest {

    private static void assertInvalid(Api.Response response, String pointer) {
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsString("pointer")).as(response.text()).contains(pointer);
    }

    private static ObjectNode budget() {
        return (ObjectNode) Api.fixtureJson("verksamhetsplan-2022-2024.json").get("data").get("budget");
    }

    @Test
    void aBudgetYearThatIsNotANumber() {
        ObjectNode budget = budget();
        ((ArrayNode) budget.get("ar")).set(1, budget.stringNode("tjugotjugotre"));
        assertInvalid(api.post("/api/budgets/fuzz-ar/versions", budget, "kansli"), "/ar/1");
    }

    @Test
    void aBudgetRowTextThatIsAnObject() {
        ObjectNode budget = budget();
        ((ObjectNode) budget.get("kostnader").get(0).get("rader").get(0)).putObject("text").put("a", 1);
        assertInvalid(api.post("/api/budgets/fuzz-rad/versions", budget, "kansli"), "/kostnader/0/rader/0/text");
    }

    @Test
    void aPreviewWithA300000CharacterField() {
        String draft = api.post("/api/templates/fuzz-lang/versions", kallelseFiles(), "kansli").json().path("version")
                .asString();
        for (String pointer : List.of("/punkter/0/rubrik", "/avslutning")) {
            for (String unit : List.of(pointer.endsWith("rubrik") ? "x" : "ord ")) {
                ObjectNode kallelse = (ObjectNode) Api.fixtureJson("kallelse-2024-03-22.json");
                ObjectNode owner = (ObjectNode) kallelse.get("data").at(pointer.substring(0, pointer.lastIndexOf('/')));
                owner.put(pointer.substring(pointer.lastIndexOf('/') + 1), unit.repeat(300_000 / unit.length()));
                ObjectNode versionPreview = Api.JSON.createObjectNode().put("format", "pdf");
                versionPreview.set("data", kallelse.get("data"));
                for (Api.Response response : List.of(api.post("/api/previews", kallelse, "sekreterare"),
                        api.post("/api/templates/fuzz-lang/versions/" + draft + "/preview", versionPreview, "kansli"))) {
                    assertThat(response.status()).as(pointer + " " + response.text()).isIn(200, 422);
                    if (response.status() == 422) {
                        assertThat(response.contentType()).startsWith("application/problem+json");
                        assertThat(response.json().path("errors").findValuesAsString("pointer")).isNotEmpty();
                    }
                }
            }
        }
    }

    private String kallelseFiles() {
        String version = api.get("/api/templates", "kansli").json().valueStream()
                .filter(t -> t.path("id").asString().equals("kallelse")).findFirst().orElseThrow()
                .path("versions").valueStream().reduce((a, b) -> b).orElseThrow().path("version").asString();
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("files", api.get("/api/templates/kallelse/versions/" + version, "kansli").json().path("files"));
        return Api.JSON.writeValueAsString(body);
    }

    @Test
    void protokollParagraphsThatAreNotAList() {
        String meeting = api.post("/api/meetings", """
                {"organ":"styrelsen","datum":"2026-05-20","tid":{"fran":"09:00","till":"12:00"},"plats":"Kansliet",
                 "punkter":[{"rubrik":"Öppnande"}]}""",
                "sekreterare").json().path("id").asString();
        Api.Response response = api.put("/api/meetings/" + meeting + "/protokoll", """
                {"ordforande":"Peter Vigren","justerare":["Mikael Broman"],"paragrafer":{"a":1}}""", "sekreterare");
        assertInvalid(response, "/paragrafer");
    }

    @Test
    void aJusterareNameLongerThanAnyName() {
        String meeting = api.post("/api/meetings", """
                {"organ":"styrelsen","datum":"2026-05-21","tid":{"fran":"09:00","till":"12:00"},"plats":"Kansliet",
                 "punkter":[{"rubrik":"Öppnande"}]}""",
                "sekreterare").json().path("id").asString();
        assertThat(api.put("/api/meetings/" + meeting + "/protokoll", """
                {"beslutande":[{"namn":"Peter Vigren"}],"sekreterare":"Sara","ordforande":"Peter Vigren",
                 "justerare":["Mikael Broman"],"paragrafer":[{"rubrik":"Öppnande","text":"Mötet öppnades."}]}""",
                "sekreterare").status()).isEqualTo(200);
        JsonNode before = api.get("/api/meetings/" + meeting, "sekreterare").json();
        Api.Response response = api.post("/api/meetings/" + meeting + "/justering",
                "{\"datum\":\"2026-05-25\",\"justeradAv\":[\"" + "x".repeat(300_000) + "\"]}", "sekreterare");
        assertInvalid(response, "/justeradAv/0");
        assertThat(api.get("/api/meetings/" + meeting, "sekreterare").json()).isEqualTo(before);
    }

    @Test
    void aDocumentWhoseTitleIsLongerThanTheArchiveColumn() {
        ObjectNode kallelse = (ObjectNode) Api.fixtureJson("kallelse-2024-03-22.json");
        ((ObjectNode) kallelse.get("data")).put("organ", "Styrelsen " + "och beredningen ".repeat(700));
        Api.Response archived = api.post("/api/documents", kallelse, "sekreterare");
        assertThat(archived.status()).as(archived.text()).isEqualTo(201);
        String title = api.get("/api/documents/" + archived.json().path("id").asString(), "styrelse").json()
                .path("title").asString();
        assertThat(title).hasSize(300).startsWith("Kallelse").endsWith("…");
    }

    @Test
    void aTemplateDraftWhoseSchemaIsEmpty() {
        Api.Response response = api.post("/api/templates/fuzz-tomt-schema/versions", """
                {"files":{"template.json":"{\\"title\\":\\"Tomt\\"}","schema.json":"",
                 "template.ftlh":"<html xmlns=\\"http://www.w3.org/1999/xhtml\\"><head><title>T</title></head><body><p>x</p></body></html>"}}""",
                "kansli");
        assertInvalid(response, "/files/schema.json");
    }
}
