package se.finsam.handlingar.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Behaviour attaches to a template's kind: a copy of the protokoll keeps its signature fields, a version that lacks
 * what its kind requires cannot be published, and every bundled template names the house-style version it uses.
 */
class TemplateKindTest extends IntegrationTest {

    private ObjectNode filesOf(String template) {
        JsonNode summary = null;
        for (JsonNode t : api.get("/api/templates", "kansli").json()) {
            if (t.get("id").asString().equals(template)) {
                summary = t;
            }
        }
        assertThat(summary).as(template).isNotNull();
        JsonNode versions = summary.get("versions");
        String version = versions.get(versions.size() - 1).get("version").asString();
        JsonNode detail = api.get("/api/templates/" + template + "/versions/" + version, "kansli").json();
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("files", detail.get("files").deepCopy());
        return body;
    }

    private static int signatureFields(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            return form == null ? 0 : form.getFields().size();
        }
    }

    @Test
    void aCopiedProtokollKeepsItsSignatureFields() throws IOException {
        ObjectNode files = filesOf("protokoll");
        assertThat(files.get("files").get("template.json").asString()).contains("\"kind\"");
        Api.Response created = api.post("/api/templates/protokoll-2/versions", (JsonNode) files, "kansli");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String version = created.json().get("version").asString();
        Api.Response published = api.post("/api/templates/protokoll-2/versions/" + version + "/publish", "", "kansli");
        assertThat(published.status()).as(published.text()).isEqualTo(200);

        ObjectNode original = (ObjectNode) Api.fixtureJson("protokoll-2023-11-30.json");
        original.put("format", "pdf");
        ObjectNode copy = original.deepCopy().put("template", "protokoll-2");
        byte[] originalPdf = api.post("/api/previews", (JsonNode) original, "sekreterare").body();
        Api.Response copied = api.post("/api/previews", (JsonNode) copy, "sekreterare");

        assertThat(copied.status()).as(copied.text()).isEqualTo(200);
        assertThat(signatureFields(originalPdf)).isPositive();
        assertThat(signatureFields(copied.body())).isEqualTo(signatureFields(originalPdf));
    }

    @Test
    void publishRefusesAVersionWithoutWhatItsKindRequires() {
        ObjectNode files = filesOf("protokoll");
        ObjectNode f = (ObjectNode) files.get("files");
        f.put("template.ftlh", f.get("template.ftlh").asString().replace("id=\"signatur-bevis\"", "id=\"ingen-bevis\""));
        Api.Response created = api.post("/api/templates/protokoll-utan-bevis/versions", (JsonNode) files, "kansli");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String version = created.json().get("version").asString();

        Api.Response published = api.post("/api/templates/protokoll-utan-bevis/versions/" + version + "/publish", "", "kansli");

        assertThat(published.status()).isEqualTo(422);
        assertThat(published.contentType()).startsWith("application/problem+json");
        assertThat(published.text()).contains("signatur-bevis").contains("protokoll");
        assertThat(api.get("/api/templates/protokoll-utan-bevis/versions/" + version, "kansli").json()
                .get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void anUnknownKindIsRefusedWhenTheDraftIsCreated() {
        ObjectNode files = filesOf("dokument");
        ((ObjectNode) files.get("files")).put("template.json", "{\"title\":\"X\",\"kind\":\"budgetbrev\"}");
        Api.Response created = api.post("/api/templates/okand-typ/versions", (JsonNode) files, "kansli");
        assertThat(created.status()).isEqualTo(422);
        assertThat(created.text()).contains("budgetbrev").contains("årsredovisning".replace("å", "a"));
    }

    @Test
    void theHouseStyleIsNotADocument() {
        Api.Response response = api.post("/api/previews",
                "{\"template\":\"shared\",\"format\":\"pdf\",\"data\":{}}", "kansli");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text()).contains("husstil");
    }
}
