package se.finsam.handlingar.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;

/**
 * What an operator sees: one log line per archived document, no renderer chatter, and the timers at
 * {@code /actuator/prometheus} for ADMIN only.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest extends IntegrationTest {

    @Test
    void archivingLogsOneLineAndRenderingNothingElse(CapturedOutput output) {
        int before = output.getAll().length();
        Api.Response created = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();

        String logged = output.getAll().substring(before);
        assertThat(logged.lines().filter(l -> l.contains("Archived document " + id)).toList())
                .singleElement().asString()
                .contains("template=kallelse", "version=1", "format=pdf", "pages=2")
                .containsPattern("ms=\\d+");
        assertThat(logged).doesNotContain("com.openhtmltopdf").doesNotContain("INFO::").doesNotContain("Prepare to fly");
    }

    @Test
    void aProtokollWithSignatureFieldsRendersWithoutFontChatter(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        Api.Response pdf = api.post("/api/previews", Api.fixture("protokoll-2023-11-30.json"), "sekreterare");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentCatalog().getAcroForm().getFields()).as("signature fields").isNotEmpty();
        }
        // the signature-field finishing reads text positions before the fonts are subset (render/ReadingOrder)
        assertThat(output.getAll().substring(before)).doesNotContain("No Unicode mapping").doesNotContain("PDType0Font");
    }

    @Test
    void aUserTemplateWithoutDescriptionGetsNoFalsePdfUaWarning(CapturedOutput output) {
        String files = """
                {"files":{"template.ftlh":"<html xmlns=\\"http://www.w3.org/1999/xhtml\\" lang=\\"sv-SE\\"><head><title>Intyg</title></head><body><h1>${data.namn}</h1></body></html>",\
                "schema.json":"{\\"type\\":\\"object\\",\\"required\\":[\\"namn\\"]}"}}""";
        Api.Response draft = api.post("/api/templates/obs-intyg/versions", files, "kansli");
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        int before = output.getAll().length();
        Api.Response pdf = api.post("/api/templates/obs-intyg/versions/" + draft.json().get("version").asString()
                + "/preview", "{\"format\":\"pdf\",\"data\":{\"namn\":\"Anna\"}}", "kansli");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(output.getAll().substring(before)).doesNotContain("PDF/UA").doesNotContain("openhtmltopdf");
    }

    @Test
    void prometheusCarriesTheTimersForAdminOnly() {
        Api.Response preview = api.post("/api/previews", Api.fixture("kallelse-2024-03-22.json"), "sekreterare");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);

        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", "kansli").status()).isEqualTo(403);
        Api.Response metrics = api.get("/actuator/prometheus", "admin");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text())
                .containsPattern("handlingar_render_seconds_count\\{[^}]*format=\"pdf\"[^}]*template=\"kallelse\"[^}]*} [1-9]")
                .containsPattern("handlingar_checks_seconds_count\\{[^}]*template=\"kallelse\"[^}]*} [1-9]")
                .containsPattern("handlingar_render_slot_wait_seconds_count(\\{[^}]*})? [1-9]")
                .contains("handlingar_render_seconds_bucket");
    }
}
