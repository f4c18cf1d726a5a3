package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * The seed protokoll 2023-11-30 posted as {@code fixtures/protokoll-2023-11-30.json} to the preview reproduces the seed
 * text, carries the signature fields, and keeps its late justering as a warning. (A protokoll is archived only by its
 * meeting's justering: {@code RecordForgeryTest}.)
 */
class ProtokollFixtureTest extends IntegrationTest {

    @Test
    void seedProtokollReproducesTheSeedTextWithSignatureFields() throws IOException {
        Api.Response checked = api.post("/api/checks", Api.fixture("protokoll-2023-11-30.json"), "sekreterare");
        assertThat(checked.status()).as(checked.text()).isEqualTo(200);
        JsonNode findings = checked.json().path("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("code").asString()).isEqualTo("protokoll.justering.sen");
        assertThat(findings.get(0).path("severity").asString()).isEqualTo("WARNING");
        assertThat(findings.get(0).path("pointer").asString()).isEqualTo("/data/bevis/justeringsdatum");

        Api.Response preview = api.post("/api/previews", Api.fixture("protokoll-2023-11-30.json"), "sekreterare");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.header("X-Handlingar-Findings")).isEqualTo("1");
        byte[] pdf = preview.body();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = normalise(new PDFTextStripper().getText(document))
                    .replaceAll("Protokoll 2023-11-30 ?Samordningsförbundet Umeåregionen · Styrelsen ", "")
                    .replaceAll("Sida \\d+ av \\d+ ", "");
            for (String line : seedLines()) {
                assertThat(text).as("seed line").contains(line);
            }
            assertThat(text).contains("Distansmöte, klockan 08.30–12.00")
                    .contains("Sammanträdesdatum: 2023-11-30 Justeringsdatum: 2023-12-20")
                    .contains("Datum för anslags uppsättande: 2023-12-22 Datum för anslags nedtagande: 2024-01-12")
                    .contains("Protokollet förvaras på Samordningsförbundets kansli.")
                    .contains("Peter Vigren Umeå kommun, ordförande")
                    .contains("Johanna Långdal Persson Administratör");

            List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();
            assertThat(fields).allMatch(f -> f instanceof PDSignatureField && f.getValueAsString().isEmpty());
            assertThat(fields).extracting(PDField::getPartialName).containsExactly("signatur-sekreterare",
                    "signatur-ordforande", "signatur-justerare-1", "signatur-bevis");
            assertThat(fields).extracting(PDField::getAlternateFieldName).containsExactly(
                    "Sekreterare Johanna Långdal Persson", "Ordförande Peter Vigren", "Justerare Mikael Broman",
                    "Underskrift bevis om anslag Johanna Långdal Persson");
            assertThat(fields).allSatisfy(f -> assertThat(f.getWidgets().get(0).isPrinted()).isTrue());
        }
    }

    /** Body lines of the seed's paragraphs, without markdown, each as it must appear in the PDF. */
    private static List<String> seedLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = ProtokollFixtureTest.class.getResourceAsStream("/seeds/protokoll-2023-11-30.txt")) {
            String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String paragraphs = seed.substring(seed.indexOf("## § 47"));
            for (String raw : paragraphs.split("\n")) {
                String line = normalise(raw.replace("**", "").replaceFirst("^#+ ", ""));
                if (!line.isEmpty() && !line.equals("---")) {
                    lines.add(line);
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(40);
        return lines;
    }

    static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
