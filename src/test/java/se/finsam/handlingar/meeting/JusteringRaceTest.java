package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.finsam.handlingar.render.RenderException;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Justering renders outside any transaction, then archives in one short transaction that checks the meeting is still
 * the revision it rendered. The findings: a protokoll saved between the read and the lock was archived stale; a failed
 * justering left the meeting NUMRERAT because numbering committed first.
 */
class JusteringRaceTest extends IntegrationTest {

    @Autowired
    JusteringProbe probe;
    @Autowired
    MeetingService meetings;

    @AfterEach
    void disarm() {
        probe.disarm();
    }

    @Test
    void aSaveBetweenReadAndLockAnswers409AndArchivesNothing() {
        MeetingFlow flow = new MeetingFlow(api);
        String id = flow.withDraft(flow.newOrgan(), today().minusDays(5), 3);
        flow.number(id);
        ObjectNode changed = MeetingFlow.draft(3);
        ((ObjectNode) changed.path("paragrafer").get(1)).put("beslut", "Ändrat medan justeringen renderades.");
        probe.arm(data -> meetings.saveProtokoll(UUID.fromString(id), changed));

        Api.Response raced = flow.justera(id, today().minusDays(1), null);

        assertThat(raced.status()).as(raced.text()).isEqualTo(409);
        assertThat(raced.json().path("changed").toString()).isEqualTo("[\"protokoll\"]");
        assertThat(raced.json().path("currentRevision").asLong())
                .isGreaterThan(raced.json().path("readRevision").asLong());
        JsonNode meeting = api.get("/api/meetings/" + id, "styrelse").json();
        assertThat(meeting.path("status").asString()).isEqualTo("NUMRERAT");
        assertThat(meeting.path("protokollDokument").isNull()).isTrue();
        assertThat(protokollFor(id)).as("nothing archived").isZero();

        Api.Response justerat = flow.justera(id, today().minusDays(1), null);
        assertThat(justerat.status()).as(justerat.text()).isEqualTo(200);
        String document = justerat.json().path("protokoll").path("id").asString();
        JsonNode archived = api.get("/api/documents/" + document + "/data", "styrelse").json();
        assertThat(archived.path("paragrafer").get(1).path("beslut").asString())
                .as("the archived protokoll is the saved one").isEqualTo("Ändrat medan justeringen renderades.");
        assertThat(protokollFor(id)).isEqualTo(1);
    }

    @Test
    void aRenderFailureLeavesTheMeetingAsItWas() {
        MeetingFlow flow = new MeetingFlow(api);
        String organ = flow.newOrgan();
        String id = flow.withDraft(organ, today().minusDays(5), 2);
        JsonNode before = api.get("/api/meetings/" + id, "styrelse").json();
        assertThat(before.path("status").asString()).isEqualTo("PLANERAT");
        probe.arm(data -> {
            throw new RenderException("Sidan kunde inte brytas (test)", null);
        });

        Api.Response failed = flow.justera(id, today().minusDays(1), null);

        assertThat(failed.status()).as(failed.text()).isEqualTo(422);
        JsonNode after = api.get("/api/meetings/" + id, "styrelse").json();
        assertThat(after.path("status").asString()).as("not left NUMRERAT").isEqualTo("PLANERAT");
        assertThat(after.path("forstaParagraf").isNull()).isTrue();
        assertThat(after.path("revision").asLong()).isEqualTo(before.path("revision").asLong());
        assertThat(protokollFor(id)).isZero();

        // the series was not touched either: the retry takes § 1–2
        Api.Response justerat = flow.justera(id, today().minusDays(1), null);
        assertThat(justerat.status()).as(justerat.text()).isEqualTo(200);
        assertThat(justerat.json().path("meeting").path("forstaParagraf").asInt()).isEqualTo(1);
        assertThat(justerat.json().path("meeting").path("status").asString()).isEqualTo("JUSTERAT");
    }

    private long protokollFor(String meetingId) {
        return api.get("/api/documents?template=protokoll&subject=meeting/" + meetingId, "styrelse").json()
                .path("total").asLong();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }
}
