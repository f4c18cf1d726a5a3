package se.finsam.handlingar.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfText;
import se.finsam.handlingar.support.SeedProtokoll;
import se.finsam.handlingar.support.Signatures;
import se.finsam.handlingar.support.TestCa;
import tools.jackson.databind.JsonNode;

/**
 * A digital justering that will not be signed in time is withdrawn and sent again with new Bevis dates: the first
 * protokoll (with the justerare's signature) stays archived as withdrawn and can no longer be signed, the meeting is
 * numbered again with the same §§, and the new justering completes with its own dates.
 */
class WithdrawnJusteringTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Test
    void aWaitingDigitalJusteringIsWithdrawnKeptAndSentAgainWithNewDates() {
        SeedProtokoll.Justerat sent = SeedProtokoll.sendForDigitalJustering(api, TODAY.minusDays(5).toString(),
                TODAY.toString(), TODAY.plusDays(1).toString());
        String meetingPath = "/api/meetings/" + sent.meetingId();
        JsonNode firstSigned = Signatures.sign(api, sent.protokollId(), "signatur-justerare-1",
                TestCa.instance().person("Mikael", "Broman", false), "sekreterare");
        // the ordförande starts, but the justering is withdrawn before the signature is completed
        Api.Response started = api.post("/api/documents/" + sent.protokollId() + "/signatures",
                Signatures.startBody("signatur-ordforande", TestCa.instance().person("Peter", "Vigren", true)),
                "sekreterare");
        assertThat(started.status()).as(started.text()).isEqualTo(201);

        assertThat(api.post(meetingPath + "/justering/aterkallelse", "{}", "styrelse").status()).isEqualTo(403);
        Api.Response withdrawn = api.post(meetingPath + "/justering/aterkallelse",
                "{\"orsak\": \"Ordföranden är sjuk; nytt justeringsdatum.\"}", "sekreterare");
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        JsonNode meeting = withdrawn.json();
        assertThat(meeting.path("status").asString()).isEqualTo("NUMRERAT");
        assertThat(meeting.path("forstaParagraf").asInt()).isEqualTo(47);
        assertThat(meeting.path("protokollDokument").isNull() || meeting.path("protokollDokument").isMissingNode())
                .isTrue();
        Api.Response twice = api.post(meetingPath + "/justering/aterkallelse", "", "sekreterare");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");

        // kept, hashed and listed as withdrawn; no longer the meeting's protokoll; signed no more
        JsonNode kept = api.get("/api/documents/" + firstSigned.path("id").asString(), "styrelse").json();
        assertThat(kept.path("subject").asString()).isEqualTo("meeting/" + sent.meetingId() + "/aterkallad");
        assertThat(api.get("/api/documents?subject=meeting/" + sent.meetingId() + "/aterkallad&template=protokoll",
                "styrelse").json().path("total").asInt()).isEqualTo(2);
        assertThat(api.get("/api/documents?subject=meeting/" + sent.meetingId() + "&template=protokoll", "styrelse")
                .json().path("total").asInt()).isZero();
        Api.Response late = api.put("/api/documents/" + sent.protokollId() + "/signatures/"
                + started.json().path("session").asString(), "{\"signatureValue\": \"AAAA\"}", "sekreterare");
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.text()).contains("återkallat");
        Api.Response again = api.post("/api/documents/" + sent.protokollId() + "/signatures",
                Signatures.startBody("signatur-ordforande", TestCa.instance().person("Peter", "Vigren", true)),
                "sekreterare");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/anslagstavla/" + sent.meetingId() + "/protokoll.pdf", null).status()).isEqualTo(404);
        JsonNode audit = api.get("/api/audit?kind=meeting.justering.aterkallad&object=meeting/" + sent.meetingId(),
                "admin").json().path("items");
        assertThat(audit.size()).isEqualTo(1);
        assertThat(audit.get(0).path("details").path("orsak").asString()).contains("Ordföranden är sjuk");
        assertThat(audit.get(0).path("details").path("saknadeUnderskrifter").toString())
                .isEqualTo("[\"signatur-ordforande\"]");
        assertThat(api.get("/api/audit/verify", "admin").json().path("intact").asBoolean()).isTrue();

        // sent again with new dates: a new protokoll, the same §§, the new Bevis; completes with the two signatures
        LocalDate newDay = TODAY.plusDays(2);
        Api.Response resent = api.post(meetingPath + "/justering", """
                {"datum": "%s", "justeradAv": ["Peter Vigren", "Mikael Broman"], "anslagUppsatt": "%s", "digital": true}"""
                .formatted(newDay, newDay.plusDays(1)), "sekreterare");
        assertThat(resent.status()).as(resent.text()).isEqualTo(200);
        UUID second = UUID.fromString(resent.json().path("protokoll").path("id").asString());
        assertThat(second).isNotEqualTo(sent.protokollId());
        String text = PdfText.of(api.get("/api/documents/" + second + "/content", "styrelse").body())
                .replaceAll("\\s+", " ");
        assertThat(text).contains("Justeringsdatum: " + newDay, "§ 47");
        Signatures.sign(api, second, "signatur-justerare-1", TestCa.instance().person("Mikael", "Broman", false),
                "sekreterare");
        JsonNode signed = Signatures.sign(api, second, "signatur-ordforande",
                TestCa.instance().person("Peter", "Vigren", true), "sekreterare");
        JsonNode done = api.get(meetingPath, "styrelse").json();
        assertThat(done.path("status").asString()).isEqualTo("JUSTERAT");
        assertThat(done.path("protokollDokument").asString()).isEqualTo(second.toString());
        assertThat(done.path("justeringsdatum").asString()).isEqualTo(newDay.toString());
        assertThat(api.get("/api/documents?subject=meeting/" + sent.meetingId() + "&template=protokoll", "styrelse")
                .json().path("total").asInt()).as("the new protokoll: unsigned and its two signed revisions")
                .isEqualTo(3);
        assertThat(signed.path("subject").asString()).isEqualTo("meeting/" + sent.meetingId());

        Api.Response notWaiting = api.post(meetingPath + "/justering/aterkallelse", "{}", "sekreterare");
        assertThat(notWaiting.status()).as("a completed justering stays").isEqualTo(409);
    }
}
