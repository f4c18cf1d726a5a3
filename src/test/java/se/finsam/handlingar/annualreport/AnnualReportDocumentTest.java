package se.finsam.handlingar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AnnualReportDocumentTest extends IntegrationTest {

    @Test
    void seedDraftRendersWithFindingsUtkastAndNineSignatureFields() throws IOException {
        ObjectNode body = (ObjectNode) Api.fixtureJson("arsredovisning-2023.json");
        Api.Response response = api.post("/api/previews", (JsonNode) body, "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        Files.write(Path.of("target", "arsredovisning-2023.pdf"), response.body());
        assertThat(Integer.parseInt(response.header("X-Handlingar-Pages"))).isBetween(40, 60);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("UTKAST", "Kontrollens fynd", "Trappan", "överskott på 57 tkr");
            List<String> signatures = new ArrayList<>();
            for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFields()) {
                if (field instanceof PDSignatureField s) {
                    signatures.add(s.getAlternateFieldName());
                }
            }
            // in the order undertecknande.ordning gives, as the seed signs
            assertThat(signatures).hasSize(9).containsSubsequence("Underskrift Ordförande Peter Vigren",
                    "Underskrift Ledamot Mahmoud Alturk", "Underskrift Ledamot Anna Frej", "Underskrift Ledamot Petra Andersin",
                    "Underskrift Ledamot Mathias Haglund", "Underskrift Ledamot Christina Lidström");
        }
    }

    @Test
    void htmlShowsTheSameNumbersAndDraftMark() {
        ObjectNode body = (ObjectNode) Api.fixtureJson("arsredovisning-2023.json");
        body.put("format", "html");
        Api.Response response = api.post("/api/previews", (JsonNode) body, "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.text()).contains("UTKAST", "2\u00a0483\u00a0663", "underskrift-9");
    }

    @Test
    void finalReportIsRefusedWhileErrorsStand() {
        ObjectNode body = (ObjectNode) Api.fixtureJson("arsredovisning-2023.json");
        ((ObjectNode) body.path("data")).put("utkast", false);
        Api.Response response = api.post("/api/documents", (JsonNode) body, "kansli");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text()).contains("/data/trappan/tryckt");
    }

    @Test
    void figuresAreStoredPerYearAndChecked() {
        JsonNode data = Api.fixtureJson("arsredovisning-2023.json").path("data");
        Api.Response saved = api.put("/api/annual-reports/2023", data, "kansli");
        assertThat(saved.status()).as(saved.text()).isIn(200, 201);
        assertThat(saved.json().path("findings").size()).isEqualTo(34);
        // the body sent is the data itself: pointers point into it, without a document request's /data
        assertThat(saved.text()).contains("\"pointer\":\"/trappan/tryckt\"").doesNotContain("\"pointer\":\"/data/");
        assertThat(api.put("/api/annual-reports/2023", data, "styrelse").status()).isEqualTo(403);
        assertThat(api.put("/api/annual-reports/2022", data, "kansli").status()).isEqualTo(422);
        Api.Response request = api.get("/api/annual-reports/2023/document-request", "styrelse");
        assertThat(request.json().path("data").path("trappan").path("tryckt").asInt()).isEqualTo(2087);
        Api.Response checks = api.post("/api/checks", request.json(), "kansli");
        assertThat(checks.json().path("findings").size()).isEqualTo(34);
    }

    @Test
    void equityCapIsAnOrganisationSetting() {
        assertThat(api.get("/api/annual-reports/settings/equity-cap", "styrelse").json().path("lowerRate").decimalValue())
                .isEqualByComparingTo("0.20");
        assertThat(api.put("/api/annual-reports/settings/equity-cap", "{\"lowerRate\":2,\"limit\":7000000,\"upperRate\":0.15}",
                "kansli").status()).isEqualTo(422);
        Api.Response put = api.put("/api/annual-reports/settings/equity-cap",
                "{\"lowerRate\":0.20,\"limit\":7000000,\"upperRate\":0.15}", "kansli");
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.json().path("limit").asLong()).isEqualTo(7_000_000L);
    }
}
