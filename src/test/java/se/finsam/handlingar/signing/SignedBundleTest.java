package se.finsam.handlingar.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.SeedProtokoll;
import se.finsam.handlingar.support.Signatures;
import se.finsam.handlingar.support.TestCa;
import tools.jackson.databind.JsonNode;

/**
 * A "handlingar" bundle whose bilaga is the signed protokoll: the merged copy cannot carry the signatures, so the
 * cover and the answer say so, name the signers and link the signed original (id, SHA-256, address).
 */
class SignedBundleTest extends IntegrationTest {

    @Test
    void aBundleThatMergesASignedProtokollSaysTheSignaturesStayWithTheLinkedOriginal() throws IOException {
        UUID unsigned = SeedProtokoll.justera(api).protokollId();
        Signatures.sign(api, unsigned, "signatur-justerare-1", TestCa.instance().person("Mikael", "Broman", true),
                "sekreterare");
        JsonNode signed = Signatures.sign(api, unsigned, "signatur-ordforande",
                TestCa.instance().person("Peter", "Vigren", false), "sekreterare");
        String signedId = signed.path("id").asString();
        String signedSha = signed.path("sha256").asString();
        UUID kallelse = archive("kallelse-2024-03-22.json");
        UUID plan = archive("verksamhetsplan-2022-2024.json");

        // the bilaga names the unsigned revision: the bundle takes the newest, the signed one
        Api.Response created = api.post("/api/distribution/bundles", """
                {"kallelse": "%s", "bilagor": [{"nummer": 1, "dokument": "%s"}, {"nummer": 2, "dokument": "%s"}]}"""
                .formatted(kallelse, unsigned, plan), "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("delar").get(1).path("dokument").asString()).isEqualTo(signedId);
        assertThat(body.path("delar").get(0).has("signeratOriginal")).isFalse();
        assertThat(body.path("delar").get(2).has("signeratOriginal")).isFalse();
        assertThat(body.path("signeradeDelar").size()).isEqualTo(1);
        JsonNode part = body.path("signeradeDelar").get(0);
        assertThat(part.path("beteckning").asString()).isEqualTo("Bilaga 1");
        assertThat(part.path("signaturer").valueStream().map(s -> s.path("signerare").asString()).toList())
                .containsExactly("Mikael Broman", "Peter Vigren");
        assertThat(part.path("signaturer").valueStream().allMatch(s -> s.path("intakt").asBoolean())).isTrue();
        JsonNode original = part.path("signeratOriginal");
        assertThat(original.path("slag").asString()).isEqualTo("dokument");
        assertThat(original.path("id").asString()).isEqualTo(signedId);
        assertThat(original.path("sha256").asString()).isEqualTo(signedSha);
        assertThat(original.path("adress").asString()).endsWith("/api/documents/" + signedId + "/content");
        byte[] originalBytes = api.get("/api/documents/" + signedId + "/content", "styrelse").body();
        assertThat(sha256(originalBytes)).isEqualTo(signedSha);

        String bundleId = body.path("document").path("id").asString();
        byte[] pdf = api.get("/api/documents/" + bundleId + "/content", "styrelse").body();
        Inspection.keep("handlingar-with-signed-protokoll.pdf", pdf);
        try (PDDocument bundle = Loader.loadPDF(pdf)) {
            assertThat(bundle.getSignatureDictionaries()).as("no signature value travels into the copy").isEmpty();
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            String text = cover.getText(bundle);
            String joined = text.replaceAll("\\s+", "");
            assertThat(text).contains("Protokoll 2023-11-30 (signerad; se nedan)", "Signerade original",
                    "Bilaga 1 (Protokoll 2023-11-30) är signerad av Mikael Broman");
            assertThat(text.replaceAll("\\s+", " ")).contains("och Peter Vigren",
                    "Signaturerna följer inte med när filerna fogas samman, så här finns en osignerad kopia.",
                    "Det signerade originalet är det arkiverade dokumentet");
            assertThat(joined).contains(signedId, signedSha, "/api/documents/" + signedId + "/content");
            assertThat(text).doesNotContain("Bilaga 2 (");
        }
        JsonNode validation = api.postBytes("/api/signatures/validation", pdf, "application/pdf", "styrelse").json();
        assertThat(validation.path("signatures").size()).as(validation.toString()).isZero();
        assertThat(PdfConformance.pdfA2uFailures(pdf)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(pdf)).isEmpty();

        // what the archive keeps: the snapshot names the signatures too
        JsonNode snapshot = api.get("/api/documents/" + bundleId + "/data", "styrelse").json();
        assertThat(snapshot.path("delar").get(1).path("signeratOriginal").path("id").asString()).isEqualTo(signedId);
        assertThat(snapshot.path("forsattsblad").path("delar").get(1).path("signerad").path("original")
                .path("sha256").asString()).isEqualTo(signedSha);
    }

    private UUID archive(String fixture) {
        Api.Response created = api.post("/api/documents", Api.fixtureJson(fixture), "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
