package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.document.RecordLink;
import se.finsam.handlingar.system.ProblemException;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.SeedProtokoll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One record per meeting. The finding: the archived protokoll's data snapshot, one § text changed, posted to
 * {@code POST /api/documents} was archived (201) as a second "Protokoll styrelsen …" with the same § numbers, Bevis and
 * justeringsdatum; the same for a protokollsutdrag. Both are refused now, and nothing is archived.
 */
class RecordForgeryTest extends IntegrationTest {

    @Autowired
    DocumentService documents;

    @Test
    void theDatabaseKeepsOneJusteratProtokollPerMeeting() {
        SeedProtokoll.Justerat justerat = SeedProtokoll.justera(api);
        JsonNode snapshot = documents.dataSnapshot(justerat.protokollId());
        long before = count("?template=protokoll");
        // even code that bypasses the meeting flow meets the unique constraint on the meeting's sole protokoll
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.createRecord(
                        new DocumentRequest("protokoll", null, "pdf", snapshot), "test",
                        RecordLink.soleOf("meeting/" + justerat.meetingId())))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status().value()).isEqualTo(409))
                .hasMessageContaining(justerat.protokollId().toString());
        assertThat(count("?template=protokoll")).isEqualTo(before);
    }

    @Test
    void anEditedCopyOfAJusteratProtokollCannotBeArchived() {
        SeedProtokoll.Justerat justerat = SeedProtokoll.justera(api);
        String subject = "meeting/" + justerat.meetingId();
        long protokollBefore = count("?template=protokoll");

        JsonNode snapshot = api.get("/api/documents/" + justerat.protokollId() + "/data", "sekreterare").json();
        ObjectNode forged = (ObjectNode) snapshot.deepCopy();
        ((ObjectNode) forged.path("paragrafer").get(4)).put("beslut", "Styrelsen beslutar att avslå förslaget.");
        ObjectNode request = Api.JSON.createObjectNode().put("template", "protokoll").put("format", "pdf");
        request.set("data", forged);

        Api.Response refused = api.post("/api/documents", request, "sekreterare");
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("route").asString()).isEqualTo("POST /api/meetings/{id}/justering");
        assertThat(refused.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/template");
        assertThat(api.post("/api/documents", request, "admin").status()).as("not even for ADMIN").isEqualTo(409);

        assertThat(count("?template=protokoll")).isEqualTo(protokollBefore);
        JsonNode records = api.get("/api/documents?subject=" + subject + "&template=protokoll", "styrelse").json();
        assertThat(records.path("total").asLong()).isEqualTo(1);
        assertThat(records.path("items").get(0).path("id").asString()).isEqualTo(justerat.protokollId().toString());
        assertThat(api.get("/api/documents/" + justerat.protokollId(), "styrelse").json().path("subject").asString())
                .isEqualTo(subject);

        // the meeting route itself answers 409 too: the protokoll is justerat
        assertThat(api.put("/api/meetings/" + justerat.meetingId() + "/protokoll", snapshot, "sekreterare").status())
                .isEqualTo(409);
        assertThat(api.post("/api/meetings/" + justerat.meetingId() + "/justering", "{\"datum\":\"2023-12-21\"}",
                "sekreterare").status()).isEqualTo(409);
    }

    @Test
    void anEditedProtokollsutdragCannotBeArchivedBesideTheMeetingFlow() {
        SeedProtokoll.Justerat justerat = SeedProtokoll.justera(api);
        Api.Response utdrag = api.post("/api/meetings/" + justerat.meetingId() + "/utdrag",
                "{\"paragrafer\":[51],\"datum\":\"2024-01-15\"}", "sekreterare");
        assertThat(utdrag.status()).as(utdrag.text()).isEqualTo(201);
        String utdragId = utdrag.json().path("id").asString();
        long before = count("?template=protokollsutdrag");

        ObjectNode forged = (ObjectNode) api.get("/api/documents/" + utdragId + "/data", "sekreterare").json().deepCopy();
        ((ObjectNode) forged.path("paragrafer").get(0)).put("beslut", "Ett beslut som aldrig fattades.");
        ObjectNode request = Api.JSON.createObjectNode().put("template", "protokollsutdrag");
        request.set("data", forged);

        Api.Response refused = api.post("/api/documents", request, "sekreterare");
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().path("route").asString()).isEqualTo("POST /api/meetings/{id}/utdrag");
        assertThat(count("?template=protokollsutdrag")).isEqualTo(before);
        assertThat(api.get("/api/documents/" + utdragId, "styrelse").json().path("subject").asString())
                .isEqualTo("meeting/" + justerat.meetingId());
        // previewing the same body still works: it stores nothing
        assertThat(api.post("/api/previews", request, "sekreterare").status()).isEqualTo(200);
    }

    private long count(String query) {
        return api.get("/api/documents" + query, "styrelse").json().path("total").asLong();
    }
}
