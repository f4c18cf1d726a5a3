package se.finsam.handlingar.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.SeedProtokoll;
import se.finsam.handlingar.support.Signatures;
import se.finsam.handlingar.support.TestCa;
import tools.jackson.databind.JsonNode;

/**
 * Digital justering: the protokoll is sent for justering, frozen, kept off the anslagstavla, and counts as justerat
 * once the justerare and the ordförande have signed; the anslag then serves the signed revision.
 */
class DigitalJusteringTest extends IntegrationTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

    @Test
    void justeringCompletesWithTheOrdforandesSignatureAndTheAnslagServesTheSignedRevision() {
        SeedProtokoll.Justerat sent = SeedProtokoll.sendForDigitalJustering(api, TODAY, TODAY, TODAY);
        String meetingPath = "/api/meetings/" + sent.meetingId();
        JsonNode waiting = api.get(meetingPath, "styrelse").json();
        assertThat(waiting.path("status").asString()).isEqualTo("JUSTERAS");
        assertThat(waiting.path("protokollDokument").asString()).isEqualTo(sent.protokollId().toString());

        // frozen while waiting: no change, no second justering, no utdrag, and nothing on the anslagstavla
        Api.Response changed = api.put(meetingPath + "/protokoll", "{\"paragrafer\":[]}", "sekreterare");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.json().path("detail").asString()).contains("väntar på underskrifter");
        Api.Response again = api.post(meetingPath + "/justering", "{\"datum\":\"" + TODAY + "\"}", "sekreterare");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(api.post(meetingPath + "/utdrag", "{\"paragrafer\":[47]}", "sekreterare").status()).isEqualTo(409);
        assertThat(api.get("/anslagstavla/" + sent.meetingId() + "/protokoll.pdf", null).status()).isEqualTo(404);
        assertThat(api.get("/anslagstavla", null).text()).doesNotContain(sent.meetingId());
        assertThat(api.get("/api/documents?subject=meeting/" + sent.meetingId() + "&template=protokoll", "styrelse")
                .json().path("total").asInt()).isEqualTo(1);

        JsonNode before = api.get(meetingPath + "/underskrifter", "styrelse").json();
        assertThat(before.path("status").asString()).isEqualTo("JUSTERAS");
        assertThat(before.path("saknasForJustering").toString())
                .isEqualTo("[\"signatur-justerare-1\",\"signatur-ordforande\"]");

        Signatures.sign(api, sent.protokollId(), "signatur-justerare-1",
                TestCa.instance().person("Mikael", "Broman", false), "sekreterare");
        assertThat(api.get(meetingPath, "styrelse").json().path("status").asString())
                .as("one justerare is not the whole justering").isEqualTo("JUSTERAS");
        assertThat(api.get("/anslagstavla/" + sent.meetingId() + "/protokoll.pdf", null).status()).isEqualTo(404);

        JsonNode signed = Signatures.sign(api, sent.protokollId(), "signatur-ordforande",
                TestCa.instance().person("Peter", "Vigren", true), "sekreterare");
        UUID signedId = UUID.fromString(signed.path("id").asString());
        JsonNode justerat = api.get(meetingPath, "styrelse").json();
        assertThat(justerat.path("status").asString()).isEqualTo("JUSTERAT");
        assertThat(justerat.path("justeringsdatum").asString()).isEqualTo(TODAY);
        assertThat(justerat.path("underskrifterKlara").asString()).isEqualTo(TODAY);
        assertThat(justerat.path("anslag").path("uppsatt").asString()).isEqualTo(TODAY);

        JsonNode after = api.get(meetingPath + "/underskrifter", "styrelse").json();
        assertThat(after.path("saknasForJustering")).isEmpty();
        assertThat(after.path("saknas").toString()).as("the sekreterare may still sign")
                .isEqualTo("[\"signatur-sekreterare\"]");
        Api.Response anslag = api.get("/anslagstavla/" + sent.meetingId() + "/protokoll.pdf", null);
        assertThat(anslag.status()).isEqualTo(200);
        assertThat(anslag.body()).isEqualTo(api.get("/api/documents/" + signedId + "/content", "styrelse").body());
        assertThat(api.put(meetingPath + "/protokoll", "{\"paragrafer\":[]}", "admin").status()).isEqualTo(409);
        assertThat(api.post(meetingPath + "/utdrag", "{\"paragrafer\":[47]}", "sekreterare").status()).isEqualTo(201);

        JsonNode audit = api.get("/api/audit?kind=meeting.&object=meeting/" + sent.meetingId(), "admin").json()
                .path("items");
        List<String> kinds = new ArrayList<>();
        audit.forEach(e -> kinds.add(e.path("kind").asString()));
        assertThat(kinds).contains("meeting.justering.skickad", "meeting.justerat");
        JsonNode done = null;
        for (JsonNode e : audit) {
            if (e.path("kind").asString().equals("meeting.justerat")) {
                done = e;
            }
        }
        assertThat(done.path("details").path("signeratProtokoll").asString()).isEqualTo(signedId.toString());
        assertThat(done.path("details").path("sha256").asString()).isEqualTo(signed.path("sha256").asString());

        List<JsonNode> signing = new ArrayList<>();
        api.get("/api/audit?kind=document.&object=document/" + sent.protokollId(), "admin").json().path("items")
                .forEach(e -> {
                    if (e.path("kind").asString().startsWith("document.sign")) {
                        signing.add(e);
                    }
                });
        List<String> signingKinds = new ArrayList<>();
        signing.forEach(e -> signingKinds.add(e.path("kind").asString() + " " + e.path("details").path("field")
                .asString() + " " + e.path("details").path("signer").asString()));
        assertThat(signingKinds).containsExactly(
                "document.signed signatur-ordforande Peter Vigren",
                "document.signing.started signatur-ordforande Peter Vigren",
                "document.signed signatur-justerare-1 Mikael Broman",
                "document.signing.started signatur-justerare-1 Mikael Broman");
        assertThat(signing.get(0).path("details").path("revision").asString()).isEqualTo(signedId.toString());
        assertThat(signing.get(0).path("details").path("certificateSerial").asString()).isNotBlank();
    }

    @Test
    void aDigitalJusteringIsAgreedForTodayOrLaterAndAPaperOneHasHappened() {
        String yesterday = LocalDate.parse(TODAY).minusDays(1).toString();
        String tomorrow = LocalDate.parse(TODAY).plusDays(1).toString();
        String id = SeedProtokoll.numbered(api, yesterday);
        String path = "/api/meetings/" + id + "/justering";

        Api.Response past = api.post(path, "{\"datum\":\"" + yesterday + "\",\"digital\":true}", "sekreterare");
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.contentType()).startsWith("application/problem+json");
        assertThat(past.text()).contains("/datum").contains("i dag");
        Api.Response future = api.post(path, "{\"datum\":\"" + tomorrow + "\"}", "sekreterare");
        assertThat(future.status()).as("a paper justering is registered after it happened").isEqualTo(422);
        assertThat(future.text()).contains("/datum");
        assertThat(api.get("/api/meetings/" + id, "styrelse").json().path("status").asString())
                .as("refused requests change nothing").isEqualTo("NUMRERAT");

        Api.Response sent = api.post(path, "{\"datum\":\"" + tomorrow + "\",\"digital\":true}", "sekreterare");
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        JsonNode meeting = sent.json().path("meeting");
        assertThat(meeting.path("status").asString()).isEqualTo("JUSTERAS");
        assertThat(meeting.path("justeringsdatum").asString()).isEqualTo(tomorrow);
        assertThat(meeting.path("anslag").path("uppsatt").asString()).as("the day after the agreed justering")
                .isEqualTo(LocalDate.parse(tomorrow).plusDays(1).toString());
        assertThat(meeting.path("underskrifterKlara").isNull()).isTrue();
    }
}
