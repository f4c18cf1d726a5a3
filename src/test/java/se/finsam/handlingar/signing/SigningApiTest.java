package se.finsam.handlingar.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.SeedProtokoll;
import se.finsam.handlingar.support.Signatures;
import se.finsam.handlingar.support.TestCa;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@ExtendWith(OutputCaptureExtension.class)
class SigningApiTest extends IntegrationTest {

    private static final TestCa CA = TestCa.instance();

    /** The seed protokoll, numbered and justerat through its meeting: archived unsigned, with its fields. */
    private UUID archiveProtokoll() {
        return SeedProtokoll.justera(api).protokollId();
    }

    @Test
    void twoExternalSignaturesBecomeTwoRevisionsThatStayValidAndConform(CapturedOutput output) {
        UUID unsigned = archiveProtokoll();
        byte[] unsignedBytes = api.get("/api/documents/" + unsigned + "/content", "styrelse").body();

        JsonNode before = api.get("/api/documents/" + unsigned + "/signatures", "styrelse").json();
        assertThat(before.path("signatures").size()).isZero();
        assertThat(before.path("complete").asBoolean()).isFalse();

        TestCa.Signer justerare = CA.person("Mikael", "Broman", true);
        TestCa.Signer ordforande = CA.person("Peter", "Vigren", false);
        JsonNode first = Signatures.sign(api, unsigned, "signatur-justerare-1", justerare, "sekreterare");
        UUID firstId = UUID.fromString(first.path("id").asString());
        assertThat(first.path("previousRevision").asString()).isEqualTo(unsigned.toString());
        assertThat(first.path("template").asString()).isEqualTo("protokoll");
        // the unsigned document now points at its successor; the id given is resolved to the newest revision
        assertThat(api.get("/api/documents/" + unsigned, "styrelse").json().path("nextRevision").asString())
                .isEqualTo(firstId.toString());
        JsonNode second = Signatures.sign(api, unsigned, "signatur-ordforande", ordforande, "sekreterare");
        UUID secondId = UUID.fromString(second.path("id").asString());
        assertThat(second.path("previousRevision").asString()).isEqualTo(firstId.toString());

        byte[] firstBytes = api.get("/api/documents/" + firstId + "/content", "styrelse").body();
        byte[] signed = api.get("/api/documents/" + secondId + "/content", "styrelse").body();
        assertThat(second.path("sha256").asString()).isNotEqualTo(first.path("sha256").asString());
        assertThat(Arrays.copyOf(signed, unsignedBytes.length)).as("incremental: the unsigned PDF is a prefix")
                .isEqualTo(unsignedBytes);
        assertThat(Arrays.copyOf(signed, firstBytes.length)).isEqualTo(firstBytes);

        JsonNode report = api.get("/api/documents/" + secondId + "/signatures", "styrelse").json();
        assertThat(report.path("signatures").size()).isEqualTo(2);
        for (JsonNode s : report.path("signatures")) {
            assertThat(s.path("intact").asBoolean()).as(s.toString()).isTrue();
            assertThat(s.path("trusted").asBoolean()).as(s.toString()).isTrue();
            assertThat(s.path("coversWholeRevision").asBoolean()).as(s.toString()).isTrue();
            assertThat(s.path("signingTime").isString()).isTrue();
        }
        assertThat(report.path("signatures").get(0).path("field").asString()).isEqualTo("signatur-justerare-1");
        assertThat(report.path("signatures").get(0).path("signer").asString()).isEqualTo("Mikael Broman");
        assertThat(report.path("signatures").get(1).path("signer").asString()).isEqualTo("Peter Vigren");
        assertThat(report.path("modifiedAfterLastSignature").asBoolean()).isFalse();

        Inspection.keep("protokoll-unsigned.pdf", unsignedBytes);
        Inspection.keep("protokoll-signed.pdf", signed);
        List<SignedPdfChecks.Box> boxes = SignedPdfChecks.signedBoxesWithEmbeddedSubsetFont(signed);
        assertThat(boxes).hasSize(2);
        SignedPdfChecks.onlyTheBoxesChanged(unsignedBytes, signed, boxes);
        List<String> order = SignedPdfChecks.readingOrder(signed);
        int firstParagraph = order.indexOf("H2") + 1 + order.subList(order.indexOf("H2") + 1, order.size()).indexOf("H2");
        assertThat(order).as("each widget beside its label, in its table cell or the Bevis block")
                .contains("Form:Sekreterare Johanna Långdal Persson in TD", "Form:Ordförande Peter Vigren in TD",
                        "Form:Justerare Mikael Broman in TD");
        assertThat(order.stream().filter(o -> o.startsWith("Form:")).map(order::indexOf).toList())
                .as("all fields before § 1").allSatisfy(i -> assertThat(i).isLessThan(firstParagraph));
        assertThat(PdfConformance.pdfA2uFailures(signed)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(signed)).isEmpty();

        // one byte changed inside the signed range: both signatures report it
        byte[] tampered = signed.clone();
        int at = unsignedBytes.length / 2;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        JsonNode broken = api.postBytes("/api/signatures/validation", tampered, "application/pdf", "styrelse").json();
        assertThat(broken.path("signatures").size()).as(broken.toString()).isEqualTo(2);
        assertThat(broken.path("signatures")).allSatisfy(s -> assertThat(s.path("intact").asBoolean()).isFalse());
        // the flipped byte lies in the protokoll's font program: validating the damaged file renders no page (DSS's
        // visual comparison is off), so PDFBox does not log an error per glyph it cannot draw
        assertThat(output.getAll()).doesNotContain("Glyph rendering failed").doesNotContain("premature EOF");

        // bytes appended after the last signature are not covered by any signature
        byte[] appended = Arrays.copyOf(signed, signed.length + 10);
        System.arraycopy("% changed\n".getBytes(), 0, appended, signed.length, 10);
        JsonNode extended = api.postBytes("/api/signatures/validation", appended, "application/pdf", "styrelse").json();
        assertThat(extended.path("modifiedAfterLastSignature").asBoolean()).isTrue();
        assertThat(extended.path("signatures")).allSatisfy(s -> assertThat(s.path("intact").asBoolean()).isTrue());
    }

    @Test
    void badInputIsRefusedWithPointers() {
        UUID document = archiveProtokoll();
        TestCa.Signer signer = CA.person("Mikael", "Broman", true);

        Api.Response noField = api.post("/api/documents/" + document + "/signatures",
                Signatures.startBody("signatur-finns-inte", signer), "sekreterare");
        assertThat(noField.status()).isEqualTo(422);
        assertThat(noField.text()).contains("/field").contains("signatur-ordforande");

        ObjectNode badCertificate = Signatures.startBody("signatur-justerare-1", signer);
        badCertificate.put("certificate", "not base64!");
        Api.Response bad = api.post("/api/documents/" + document + "/signatures", badCertificate, "sekreterare");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text()).contains("/certificate");

        Api.Response outOfOrder = api.post("/api/documents/" + document + "/signatures",
                Signatures.startBody("signatur-ordforande", signer), "sekreterare");
        assertThat(outOfOrder.status()).as(outOfOrder.text()).isIn(201, 409);

        Api.Response started = api.post("/api/documents/" + document + "/signatures",
                Signatures.startBody("signatur-justerare-1", signer), "sekreterare");
        assertThat(started.status()).isEqualTo(201);
        String session = started.json().path("session").asString();
        assertThat(started.json().path("signatureAlgorithm").asString()).isEqualTo("RSA_SHA256");
        ObjectNode wrong = Api.JSON.createObjectNode();
        wrong.put("signatureValue", Base64.getEncoder().encodeToString(signer.sign("other bytes".getBytes())));
        Api.Response mismatch = api.put("/api/documents/" + document + "/signatures/" + session, wrong, "sekreterare");
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.text()).contains("/signatureValue");
        assertThat(api.get("/api/documents/" + document, "styrelse").json().path("nextRevision").isNull()).isTrue();

        Api.Response notPdf = api.postBytes("/api/signatures/validation", "hello".getBytes(), "application/pdf", "styrelse");
        assertThat(notPdf.status()).isEqualTo(422);
        Api.Response unknownSession = api.put("/api/documents/" + document + "/signatures/" + UUID.randomUUID(), wrong,
                "sekreterare");
        assertThat(unknownSession.status()).isEqualTo(404);
    }
}
