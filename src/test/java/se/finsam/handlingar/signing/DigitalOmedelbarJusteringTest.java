package se.finsam.handlingar.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.SeedProtokoll;
import se.finsam.handlingar.support.Signatures;
import se.finsam.handlingar.support.TestCa;
import tools.jackson.databind.JsonNode;

/**
 * Omedelbar justering by signature at the meeting: the protokollsutdrag is archived and waits, with no anslag, until
 * the justerare and the ordförande have signed it; then its own anslag goes up with the signed utdrag.
 */
class DigitalOmedelbarJusteringTest extends IntegrationTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

    @Test
    void theUtdragWaitsForTheSignaturesAndItsAnslagGoesUpWithTheSignedRevision() {
        String meetingId = SeedProtokoll.numbered(api, TODAY);
        String meetingPath = "/api/meetings/" + meetingId;
        Api.Response sent = api.post(meetingPath + "/justering", "{\"paragrafer\": [48], \"justeradAv\": [\"Peter Vigren\","
                + " \"Mikael Broman\"], \"anslagUppsatt\": \"" + TODAY + "\", \"digital\": true}", "sekreterare");
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        JsonNode justering = sent.json().path("omedelbarJustering");
        String justeringId = justering.path("id").asString();
        String utdrag = sent.json().path("utdrag").path("id").asString();
        assertThat(justering.path("vantarUnderskrifter").asBoolean()).isTrue();
        assertThat(sent.json().path("meeting").path("status").asString()).isEqualTo("NUMRERAT");

        // waiting: no anslag, the § frozen, and the whole protokoll not justerat before it
        String utdragOnBoard = "/anslagstavla/" + meetingId + "/utdrag/" + justeringId + ".pdf";
        assertThat(api.get(utdragOnBoard, null).status()).isEqualTo(404);
        assertThat(api.get("/anslagstavla", null).text()).doesNotContain(justeringId);
        Api.Response whole = api.post(meetingPath + "/justering", "{\"datum\": \"" + TODAY + "\"}", "sekreterare");
        assertThat(whole.status()).as(whole.text()).isEqualTo(409);
        assertThat(whole.text()).contains("väntar på underskrifter");

        Signatures.sign(api, java.util.UUID.fromString(utdrag), "signatur-justerare-1",
                TestCa.instance().person("Mikael", "Broman", false), "sekreterare");
        assertThat(api.get(meetingPath + "/omedelbar-justering", "styrelse").json().get(0)
                .path("vantarUnderskrifter").asBoolean()).as("one justerare is not the whole justering").isTrue();
        assertThat(api.get(utdragOnBoard, null).status()).isEqualTo(404);

        JsonNode signed = Signatures.sign(api, java.util.UUID.fromString(utdrag), "signatur-ordforande",
                TestCa.instance().person("Peter", "Vigren", true), "sekreterare");
        JsonNode done = api.get(meetingPath + "/omedelbar-justering", "styrelse").json().get(0);
        assertThat(done.path("vantarUnderskrifter").asBoolean()).isFalse();
        assertThat(done.path("underskrifterKlara").asString()).isEqualTo(TODAY);
        assertThat(done.path("justeringsdatum").asString()).isEqualTo(TODAY);
        Api.Response served = api.get(utdragOnBoard, null);
        assertThat(served.status()).as("the anslag is up with the signed utdrag").isEqualTo(200);
        assertThat(served.body()).isEqualTo(api.get("/api/documents/" + signed.path("id").asString() + "/content",
                "styrelse").body());
        JsonNode audit = api.get("/api/audit?kind=meeting.&object=meeting/" + meetingId, "admin").json()
                .path("items");
        assertThat(audit.toString()).contains("meeting.omedelbar-justering.skickad", "meeting.omedelbart-justerat",
                signed.path("id").asString());

        // the whole protokoll is justerat afterwards and keeps § 48 as justerad
        Api.Response justerat = api.post(meetingPath + "/justering", "{\"datum\": \"" + TODAY
                + "\", \"justeradAv\": [\"Mikael Broman\"]}", "sekreterare");
        assertThat(justerat.status()).as(justerat.text()).isEqualTo(200);
    }
}
