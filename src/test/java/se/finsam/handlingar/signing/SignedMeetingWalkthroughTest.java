package se.finsam.handlingar.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.SeedProtokoll;
import se.finsam.handlingar.support.Signatures;
import se.finsam.handlingar.support.TestCa;
import tools.jackson.databind.JsonNode;

/** One meeting from numbering and justering through two external-style signatures to the anslag. */
class SignedMeetingWalkthroughTest extends IntegrationTest {

    @Test
    void numberingJusteringTwoSignaturesAndTheAnslagWithTheSignedProtokoll() {
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        SeedProtokoll.Justerat meeting = SeedProtokoll.justera(api, today, today, today);
        UUID unsigned = meeting.protokollId();

        JsonNode before = api.get("/api/meetings/" + meeting.meetingId() + "/underskrifter", "styrelse").json();
        assertThat(before.path("saknas").toString())
                .isEqualTo("[\"signatur-justerare-1\",\"signatur-ordforande\",\"signatur-sekreterare\"]");
        Api.Response early = api.post("/api/documents/" + unsigned + "/signatures",
                Signatures.startBody("signatur-ordforande", TestCa.instance().person("Peter", "Vigren", true)), "sekreterare");
        assertThat(early.status()).as("ordförande signs after the justerare").isEqualTo(409);

        Signatures.sign(api, unsigned, "signatur-justerare-1", TestCa.instance().person("Mikael", "Broman", false),
                "sekreterare");
        JsonNode signed = Signatures.sign(api, unsigned, "signatur-ordforande",
                TestCa.instance().person("Peter", "Vigren", true), "sekreterare");
        UUID signedId = UUID.fromString(signed.path("id").asString());

        JsonNode after = api.get("/api/meetings/" + meeting.meetingId() + "/underskrifter", "styrelse").json();
        assertThat(after.path("signeratProtokoll").asString()).isEqualTo(signedId.toString());
        assertThat(after.path("saknas").toString()).isEqualTo("[\"signatur-sekreterare\"]");
        assertThat(after.path("komplett").asBoolean()).isFalse();

        byte[] signedBytes = api.get("/api/documents/" + signedId + "/content", "styrelse").body();
        Api.Response anslag = api.get("/anslagstavla/" + meeting.meetingId() + "/protokoll.pdf", null);
        assertThat(anslag.status()).isEqualTo(200);
        assertThat(anslag.body()).as("the public PDF is the signed revision").isEqualTo(signedBytes);

        JsonNode report = api.postBytes("/api/signatures/validation", anslag.body(), "application/pdf", "styrelse").json();
        assertThat(report.path("signatures").size()).isEqualTo(2);
        assertThat(report.path("signatures")).allSatisfy(s -> {
            assertThat(s.path("intact").asBoolean()).isTrue();
            assertThat(s.path("trusted").asBoolean()).isTrue();
        });
        assertThat(PdfConformance.pdfA2uFailures(signedBytes)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(signedBytes)).isEmpty();
    }
}
