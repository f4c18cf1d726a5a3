package se.finsam.handlingar.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import tools.jackson.databind.JsonNode;

class BundleApiTest extends IntegrationTest {

    @Test
    void kallelseWithArchivedBilagorIsOneConformantPdfWithBookmarksAndPageLabels() throws IOException {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        UUID protokoll = DistributionFixtures.archive(api, "protokoll-2023-11-30.json");
        UUID plan = DistributionFixtures.archive(api, "verksamhetsplan-2022-2024.json");

        Api.Response created = api.post("/api/distribution/bundles", """
                {"kallelse": "%s", "bilagor": [{"nummer": 2, "dokument": "%s"}, {"nummer": 1, "dokument": "%s"}]}"""
                .formatted(kallelse, plan, protokoll), "sekreterare");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("pdfA2uPdfUa1").asBoolean()).isTrue();
        assertThat(body.path("signeradeDelar").size()).as("no part is signed").isZero();
        assertThat(body.path("document").path("template").asString()).isEqualTo("handlingar");
        String id = body.path("document").path("id").asString();
        byte[] pdf = api.get("/api/documents/" + id + "/content", "styrelse").body();
        int kallelsePages = pages(api.get("/api/documents/" + kallelse + "/content", "styrelse").body());
        int protokollPages = pages(api.get("/api/documents/" + protokoll + "/content", "styrelse").body());
        int planPages = pages(api.get("/api/documents/" + plan + "/content", "styrelse").body());

        try (PDDocument bundle = Loader.loadPDF(pdf)) {
            assertThat(bundle.getNumberOfPages()).isEqualTo(1 + kallelsePages + protokollPages + planPages);
            assertThat(body.path("document").path("pages").asInt()).isEqualTo(bundle.getNumberOfPages());
            List<String> bookmarks = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (PDOutlineItem item : bundle.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                starts.add(bundle.getPages().indexOf(item.findDestinationPage(bundle)));
            }
            assertThat(bookmarks).containsExactly("Innehåll", "Kallelse och föredragningslista",
                    "Bilaga 1: Protokoll 2023-11-30", "Bilaga 2: Årsredovisning 2023");
            assertThat(starts).containsExactly(0, 1, 1 + kallelsePages, 1 + kallelsePages + protokollPages);
            String[] labels = bundle.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(labels[0]).isEqualTo("Innehåll: 1");
            assertThat(labels[1]).isEqualTo("Kallelse: 1");
            assertThat(labels[1 + kallelsePages]).isEqualTo("Bilaga 1: 1");
            assertThat(labels[1 + kallelsePages + protokollPages + 2]).isEqualTo("Bilaga 2: 3");

            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            String text = cover.getText(bundle);
            assertThat(text).contains("HANDLINGAR", "Styrelsens sammanträde 2024-03-22", "Bilaga 1", "Protokoll 2023-11-30");
            assertThat(text).doesNotContain("Signerade original").doesNotContain("signerad");
        }
        assertThat(PdfConformance.pdfA2uFailures(pdf)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(pdf)).isEmpty();
    }

    @Test
    void uploadedBilagaIsBundledAndTheBundleStopsClaimingConformance() throws IOException {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        UUID protokoll = DistributionFixtures.archive(api, "protokoll-2023-11-30.json");
        Api.Response upload = DistributionFixtures.upload(port, DistributionFixtures.pdf(3, DistributionFixtures.Kind.PLAIN),
                "application/pdf", "filnamn=arsredovisning-2023.pdf&titel=%C3%85rsredovisning%202023%20(f%C3%B6rslag)", "kansli");
        assertThat(upload.status()).as(upload.text()).isEqualTo(201);
        assertThat(upload.json().path("pages").asInt()).isEqualTo(3);

        Api.Response created = api.post("/api/distribution/bundles", """
                {"kallelse": "%s", "bilagor": [{"nummer": 1, "dokument": "%s"}, {"nummer": 2, "uppladdning": "%s",
                 "titel": "Årsredovisning 2023 (förslag)"}]}"""
                .formatted(kallelse, protokoll, upload.json().path("id").asString()), "sekreterare");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("pdfA2uPdfUa1").asBoolean()).isFalse();
        byte[] pdf = api.get("/api/documents/" + created.json().path("document").path("id").asString() + "/content",
                "styrelse").body();
        try (PDDocument bundle = Loader.loadPDF(pdf)) {
            List<String> bookmarks = new ArrayList<>();
            bundle.getDocumentCatalog().getDocumentOutline().children().forEach(i -> bookmarks.add(i.getTitle()));
            assertThat(bookmarks).endsWith("Bilaga 2: Årsredovisning 2023 (förslag)");
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(bundle.getNumberOfPages());
            assertThat(last.getText(bundle)).contains("Uppladdad bilaga, sida 3");
            String xmp = new String(bundle.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).doesNotContain("pdfaid:part").doesNotContain("pdfuaid:part");
        }
        JsonNode snapshot = api.get("/api/documents/" + created.json().path("document").path("id").asString() + "/data",
                "styrelse").json();
        assertThat(snapshot.path("pdfA2uPdfUa1").asBoolean()).isFalse();
        assertThat(snapshot.path("delar").get(2).path("uppladdning").asString()).isEqualTo(upload.json().path("id").asString());
    }

    @Test
    void bilagaNumbersMustMatchTheKallelse() {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        UUID protokoll = DistributionFixtures.archive(api, "protokoll-2023-11-30.json");

        Api.Response wrong = api.post("/api/distribution/bundles", """
                {"kallelse": "%s", "bilagor": [{"nummer": 1, "dokument": "%s"}, {"nummer": 3, "dokument": "%s"}]}"""
                .formatted(kallelse, protokoll, protokoll), "sekreterare");

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(pointers(wrong)).contains("/bilagor/1/nummer", "/bilagor");
        assertThat(wrong.text()).contains("Kallelsen har ingen bilaga 3", "Bilaga 2 (Årsredovisning 2023) nämns i kallelsen men saknas");

        Api.Response notKallelse = api.post("/api/distribution/bundles", """
                {"kallelse": "%s", "bilagor": []}""".formatted(protokoll), "sekreterare");
        assertThat(notKallelse.status()).isEqualTo(422);
        assertThat(pointers(notKallelse)).containsExactly("/kallelse");
    }

    @Test
    void uploadsThatAreNotPlainPdfsAreRefusedWithAReason() {
        Api.Response text = DistributionFixtures.upload(port, "%PDF-1.7 men inte alls".getBytes(), "application/pdf", null, "kansli");
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.json().path("code").asString()).isEqualTo("upload.not-pdf");

        Api.Response word = DistributionFixtures.upload(port, "PK\u0003\u0004 docx".getBytes(), "application/pdf", null, "kansli");
        assertThat(word.status()).isEqualTo(422);
        assertThat(word.json().path("detail").asString()).contains("ingen PDF");

        Api.Response encrypted = DistributionFixtures.upload(port,
                DistributionFixtures.pdf(1, DistributionFixtures.Kind.ENCRYPTED), "application/pdf", null, "kansli");
        assertThat(encrypted.status()).isEqualTo(422);
        assertThat(encrypted.json().path("code").asString()).isEqualTo("upload.encrypted");
        assertThat(encrypted.json().path("detail").asString()).contains("krypterad");

        Api.Response script = DistributionFixtures.upload(port,
                DistributionFixtures.pdf(1, DistributionFixtures.Kind.JAVASCRIPT), "application/pdf", null, "kansli");
        assertThat(script.status()).isEqualTo(422);
        assertThat(script.json().path("code").asString()).isEqualTo("upload.scripted");
        assertThat(script.json().path("detail").asString()).contains("skript");

        Api.Response embedded = DistributionFixtures.upload(port,
                DistributionFixtures.pdf(1, DistributionFixtures.Kind.EMBEDDED_FILE), "application/pdf", null, "kansli");
        assertThat(embedded.status()).isEqualTo(422);
        assertThat(embedded.json().path("code").asString()).isEqualTo("upload.embedded-file");

        Api.Response json = DistributionFixtures.upload(port, "{}".getBytes(), "application/json", null, "kansli");
        assertThat(json.status()).isEqualTo(415);

        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, huge, 0, 8);
        Api.Response tooLarge = DistributionFixtures.upload(port, huge, "application/pdf", null, "kansli");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("detail").asString()).contains("max-upload-size");
    }

    @Test
    void styrelseCannotUploadOrBundle() {
        assertThat(DistributionFixtures.upload(port, DistributionFixtures.pdf(1, DistributionFixtures.Kind.PLAIN),
                "application/pdf", null, "styrelse").status()).isEqualTo(403);
        assertThat(api.post("/api/distribution/bundles", "{\"kallelse\": \"" + UUID.randomUUID() + "\"}", "styrelse")
                .status()).isEqualTo(403);
    }

    private static List<String> pointers(Api.Response response) {
        List<String> pointers = new ArrayList<>();
        response.json().path("errors").forEach(e -> pointers.add(e.path("pointer").asString()));
        return pointers;
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
