package se.finsam.handlingar.budget;

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
import se.finsam.handlingar.support.LibreOffice;
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
                .contains("13. Budget")
                .contains("Umeå kommun, 83,4 % av arb.-bef. 2 372 2 372 2 372")
                .contains("Summa bedömt impactvärde och uppnått 68 48 3")
                .contains("Totalt 21 70 172 121 70");
        assertThat(t).containsPattern("13\\. Budget\\s*\\.{3,}\\s*\\d+");
    }

    @Test
    void seedPlanIsArchivedWithWarningsForTheStatedFiguresItGetsWrong() {
        Api.Response response = api.post("/api/documents", Api.fixtureJson(FIXTURE), "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        JsonNode findings = response.json().path("findings");
        assertThat(findings.findValuesAsString("pointer")).contains(
                "/data/budget/angivet/egetKapitalSlut/1", "/data/socialBudget/angivet/maxVarde");
        findings.forEach(f -> assertThat(f.path("severity").asString()).isEqualTo("WARNING"));
    }

    @Test
    void docxIsARealWordDocumentWithHeadingStylesTablesAndPageNumbers() throws Exception {
        ObjectNode body = (ObjectNode) Api.fixtureJson(FIXTURE);
        body.put("format", "docx");
        Api.Response created = api.post("/api/documents", (JsonNode) body, "kansli");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("format").asString()).isEqualTo("docx");
        Api.Response content = api.get("/api/documents/" + created.json().path("id").asString() + "/content", "styrelse");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        String document = zipEntry(content.body(), "word/document.xml");
        assertThat(document).contains("w:val=\"Heading1\"", "w:val=\"Heading2\"", "<w:tblHeader", "TOC \\o");
        String styles = zipEntry(content.body(), "word/styles.xml");
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("<w:(?:pStyle|tblStyle) w:val=\"([^\"]+)\"").matcher(document);
        while (used.find()) {
            // LibreOffice moves a table's content out of the table when a cell's paragraph style is undefined
            assertThat(styles).as("style " + used.group(1)).contains("w:styleId=\"" + used.group(1) + "\"");
        }
        assertThat(zipEntries(content.body())).anyMatch(name -> name.startsWith("word/footer"));
        String footer = zipEntries(content.body()).stream().filter(n -> n.startsWith("word/footer")).findFirst()
                .map(n -> zipEntry(content.body(), n)).orElseThrow();
        assertThat(footer).contains("Sida", "PAGE", "NUMPAGES");

        Path docx = Path.of("target/verksamhetsplan-2022-2024.docx");
        Files.write(docx, content.body());
        String text = LibreOffice.toText(docx).replace('\u00a0', ' ').replace('\u2212', '-');
        assertThat(text).contains("Verksamhetsplan 2022–2024", "13. Budget", "7.1 Strategiska mål", "RESULTAT",
                "-869", "Eget kapital vid årets slut", "782", "Bilaga 2. Social budget", "Målområde 5 Medarbetarnöjdhet",
                "att besluta om finansiering av verksamheter");
    }

    static String zipEntry(byte[] zip, String name) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(name + " saknas i DOCX-filen");
    }

    static java.util.List<String> zipEntries(byte[] zip) {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }
}
