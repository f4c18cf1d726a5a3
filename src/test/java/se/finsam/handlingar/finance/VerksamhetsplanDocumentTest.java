package se.finsam.handlingar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class VerksamhetsplanDocumentTest extends IntegrationTest {

    static final String FIXTURE = "verksamhetsplan-2022-2024.json";

    @Test
    void seedPlanRendersWithComputedFiguresTocAndPageNumbers() throws IOException {
        Api.Response response = api.post("/api/previews", Api.fixtureJson(FIXTURE), "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/verksamhetsplan-2022-2024.pdf"), response.body());
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNotNull();
            assertThat(text).contains("Sida 1 av " + pdf.getNumberOfPages());
        }
        String t = text.replace('\u00a0', ' ').replace('\u2212', '-');
        assertThat(t).contains("Summa intäkter 11 511 11 511 11 511")
                .contains("RESULTAT -869 -24 -49")
                .contains("Eget kapital vid årets början 1 724 855 831")
                .contains("Eget kapital vid årets slut 855 831 782")
                .contains("Kostnader totalt -12 365 -11 520 -11 545")
                .contains("13. Budget");
    }
}
