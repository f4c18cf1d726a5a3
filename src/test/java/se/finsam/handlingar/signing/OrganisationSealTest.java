package se.finsam.handlingar.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.handlingar.annualreport.SeedReportFindingsTest;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.SeedProtokoll;
import se.finsam.handlingar.support.TestCa;
import se.finsam.handlingar.support.TestTimestampAuthority;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Its own service instance: a seal keystore for årsredovisningar and a local RFC 3161 timestamp authority. */
class OrganisationSealTest extends IntegrationTest {

    private static final TestCa.Signer SEAL = TestCa.instance().organisation("Samordningsförbundet Umeåregionen");

    @DynamicPropertySource
    static void seal(DynamicPropertyRegistry registry) {
        registry.add("handlingar.signing.seal.keystore", () -> TestCa.pkcs12(SEAL, "sigill", "hemligt").toString());
        registry.add("handlingar.signing.seal.password", () -> "hemligt");
        registry.add("handlingar.signing.seal.templates", () -> "arsredovisning");
        registry.add("handlingar.signing.seal.timestamp-url", () -> TestTimestampAuthority.instance().url());
    }

    @Test
    void aSealedArsredovisningValidatesWithATimestampAndStaysPdfAAndUa() {
        int stampsBefore = TestTimestampAuthority.instance().issued();
        ObjectNode body = (ObjectNode) Api.fixtureJson("arsredovisning-2023.json");
        ObjectNode data = SeedReportFindingsTest.corrected();
        data.put("utkast", false);
        body.set("data", data);
        Api.Response created = api.post("/api/documents", (JsonNode) body, "kansli");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().path("id").asString());
        byte[] pdf = api.get("/api/documents/" + id + "/content", "styrelse").body();
        Inspection.keep("arsredovisning-sealed.pdf", pdf);

        JsonNode report = api.get("/api/documents/" + id + "/signatures", "styrelse").json();
        assertThat(report.path("signatures").size()).as(report.toString()).isEqualTo(1);
        JsonNode seal = report.path("signatures").get(0);
        assertThat(seal.path("field").asString()).isEqualTo("sigill");
        assertThat(seal.path("signer").asString()).isEqualTo("Samordningsförbundet Umeåregionen");
        assertThat(seal.path("intact").asBoolean()).isTrue();
        assertThat(seal.path("trusted").asBoolean()).isTrue();
        assertThat(seal.path("coversWholeRevision").asBoolean()).isTrue();
        assertThat(seal.path("timestamp").isString()).as("PAdES B-T").isTrue();
        assertThat(report.path("modifiedAfterLastSignature").asBoolean()).isFalse();
        assertThat(TestTimestampAuthority.instance().issued()).isGreaterThan(stampsBefore);
        // the signatories' own fields are still open for signing after the seal
        assertThat(report.path("missing").size()).isGreaterThan(0);

        assertThat(PdfConformance.pdfA2uFailures(pdf)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(pdf)).isEmpty();

        // a protokoll is not among the sealed kinds: archived unchanged
        UUID protokoll = SeedProtokoll.justera(api).protokollId();
        JsonNode unsealed = api.get("/api/documents/" + protokoll + "/signatures",
                "styrelse").json();
        assertThat(unsealed.path("signatures").size()).isZero();
        assertThat(unsealed.path("fields").toString()).doesNotContain("sigill");
    }
}
