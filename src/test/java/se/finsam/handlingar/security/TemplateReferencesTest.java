package se.finsam.handlingar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finding 10 of the security review, the template part: a {@code <link>} to a file missing from the version and an
 * encoded traversal ({@code tpl:/%2e%2e/…}) gave 500. Written literally they are refused when the draft is made (422
 * naming the file, line and column); assembled at run time they stop the render with a 422 — never a 500, and never
 * the content of a file outside the version.
 */
class TemplateReferencesTest extends IntegrationTest {

    private static final String SECRET_CSS = "body { color: #123456; }";

    private static String files(String head, String body) {
        ObjectNode request = Api.JSON.createObjectNode();
        ObjectNode files = request.putObject("files");
        files.put("template.json", "{\"title\":\"Referenser\",\"formats\":[\"pdf\",\"html\",\"docx\"]}");
        files.put("schema.json", "{\"type\":\"object\"}");
        files.put("style.css", "p { margin: 0; }");
        files.put("template.ftlh", """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE"><head><title>Referenser</title>
                %s
                </head><body><h1>Rubrik</h1>
                %s
                </body></html>""".formatted(head, body));
        return Api.JSON.writeValueAsString(request);
    }

    @Test
    void literalReferencesToMissingFilesOrOutsideTheVersionAreRefusedWhenTheDraftIsMade() {
        // another template's file, which a traversal would reach
        assertThat(api.post("/api/templates/hemlig/versions", files("<link rel=\"stylesheet\" href=\"style.css\"/>", "")
                .replace("p { margin: 0; }", SECRET_CSS), "kansli").status()).isEqualTo(201);
        List<String> references = List.of(
                "<link rel=\"stylesheet\" href=\"saknas.css\"/>",
                "<link rel=\"stylesheet\" href=\"tpl:/%2e%2e/hemlig/style.css\"/>",
                "<link rel=\"stylesheet\" href=\"%2e%2e/hemlig/style.css\"/>",
                "<link rel=\"stylesheet\" href=\"../hemlig/style.css\"/>",
                "<link rel=\"stylesheet\" href=\"tpl:/%2E%2E/%2E%2E/etc/passwd\"/>",
                "<link rel=\"stylesheet\" href=\"/etc/passwd\"/>");
        for (String reference : references) {
            Api.Response response = api.post("/api/templates/referenser/versions", files(reference, ""), "kansli");
            assertThat(response.status()).as(reference + " " + response.text()).isEqualTo(422);
            JsonNode problem = response.json();
            assertThat(problem.path("file").asString()).isEqualTo("template.ftlh");
            assertThat(problem.path("line").asInt()).as(reference).isEqualTo(2);
            assertThat(problem.path("errors").get(0).path("pointer").asString()).isEqualTo("/files/template.ftlh");
        }
        Api.Response image = api.post("/api/templates/referenser/versions",
                files("", "<p><img src=\"tpl:/%2e%2e/hemlig/style.css\" alt=\"x\"/></p>"), "kansli");
        assertThat(image.status()).as(image.text()).isEqualTo(422);
        assertThat(image.json().path("detail").asString()).contains("hemlig/style.css");
        // what exists in the version, and links out of the document, stay allowed
        assertThat(api.post("/api/templates/referenser/versions", files("<link rel=\"stylesheet\" href=\"style.css\"/>",
                "<p><a href=\"https://www.finsam.se/\">FINSAM</a> <a href=\"#rubrik\">upp</a></p>"), "kansli").status())
                .isEqualTo(201);
    }

    @Test
    void referencesAssembledAtRunTimeStopTheRenderWithA422InEveryFormat() {
        for (String href : List.of("saknas.css", "tpl:/%2e%2e/hemlig/style.css", "%2e%2e/hemlig/style.css")) {
            String head = "<#assign css = '" + href + "'/><link rel=\"stylesheet\" href=\"${css}\"/>";
            Api.Response draft = api.post("/api/templates/dynamisk/versions", files(head, ""), "kansli");
            assertThat(draft.status()).as(draft.text()).isEqualTo(201);
            String version = draft.json().path("version").asString();
            for (String format : List.of("pdf", "html", "docx")) {
                Api.Response preview = api.post("/api/templates/dynamisk/versions/" + version + "/preview",
                        "{\"format\":\"" + format + "\",\"data\":{}}", "kansli");
                assertThat(preview.status()).as(href + " " + format + " " + preview.text()).isEqualTo(422);
                assertThat(preview.contentType()).startsWith("application/problem+json");
                assertThat(preview.text()).contains(href.substring(href.lastIndexOf('/') + 1))
                        .doesNotContain("123456");
                assertThat(preview.json().path("errors").get(0).path("pointer").asString()).isNotNull();
            }
        }
    }
}
