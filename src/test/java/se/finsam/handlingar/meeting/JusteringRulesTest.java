package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The date rules of justering and anslag (KL 8 kap. 12 §), the late-justering warning, and who may do what.
 */
class JusteringRulesTest extends IntegrationTest {

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void anslagGoesUpTheDayAfterJusteringByDefaultAndStaysThreeWeeks() {
        MeetingFlow flow = new MeetingFlow(api);
        String id = flow.withDraft(flow.newOrgan(), today().minusDays(5), 2);
        Api.Response r = flow.justera(id, today().minusDays(3), null);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode anslag = r.json().path("meeting").path("anslag");
        assertThat(anslag.path("uppsatt").asString()).isEqualTo(today().minusDays(2).toString());
        assertThat(anslag.path("nedtas").asString()).isEqualTo(today().minusDays(2).plusDays(21).toString());
        assertThat(anslag.path("forvaringsplats").asString()).isEqualTo("Samordningsförbundets kansli");
        assertThat(r.json().path("protokoll").path("findings")).as("on time: no warning").isEmpty();
        assertThat(r.json().path("meeting").path("justeradAv").get(0).asString()).as("defaults to the justerare")
                .isEqualTo("Mikael Broman");
        assertThat(r.json().path("meeting").path("forstaParagraf").asInt()).as("numbered at justering").isEqualTo(1);
    }

    @Test
    void anslagAtTheLatestTwoDaysAfterJustering() {
        MeetingFlow flow = new MeetingFlow(api);
        String organ = flow.newOrgan();
        String late = flow.withDraft(organ, today().minusDays(10), 1);
        Api.Response threeDays = flow.justera(late, today().minusDays(5), today().minusDays(2));
        assertThat(threeDays.status()).isEqualTo(422);
        assertThat(threeDays.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/anslagUppsatt");
        Api.Response before = flow.justera(late, today().minusDays(5), today().minusDays(6));
        assertThat(before.status()).isEqualTo(422);
        Api.Response twoDays = flow.justera(late, today().minusDays(5), today().minusDays(3));
        assertThat(twoDays.status()).as(twoDays.text()).isEqualTo(200);
        assertThat(twoDays.json().path("meeting").path("anslag").path("nedtas").asString())
                .isEqualTo(today().minusDays(3).plusDays(21).toString());
    }

    @Test
    void justeringNotBeforeTheMeetingNorInTheFutureAndLateGivesAWarning() {
        MeetingFlow flow = new MeetingFlow(api);
        String organ = flow.newOrgan();
        String id = flow.withDraft(organ, today().minusDays(20), 1);
        Api.Response early = flow.justera(id, today().minusDays(21), null);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/datum");
        Api.Response future = flow.justera(id, today().plusDays(1), null);
        assertThat(future.status()).isEqualTo(422);
        assertThat(api.get("/api/meetings/" + id, "styrelse").json().path("status").asString())
                .as("nothing stored on a refused justering").isEqualTo("PLANERAT");

        Api.Response late = flow.justera(id, today().minusDays(5), null);
        assertThat(late.status()).as(late.text()).isEqualTo(200);
        JsonNode finding = late.json().path("protokoll").path("findings").get(0);
        assertThat(finding.path("code").asString()).isEqualTo("protokoll.justering.sen");
        assertThat(finding.path("severity").asString()).isEqualTo("WARNING");
        assertThat(finding.path("expected").asString()).isEqualTo(today().minusDays(6).toString());
    }

    @Test
    void protokollCheckGuardsPostedProtokoll() {
        ObjectNode body = (ObjectNode) Api.fixtureJson("protokoll-2023-11-30.json");
        ObjectNode data = (ObjectNode) body.path("data");
        ((ObjectNode) data.path("bevis")).put("anslagUppsatt", "2023-12-23").put("anslagNedtas", "2024-01-10");
        ((ObjectNode) data.path("paragrafer").get(5)).put("nummer", 53);
        JsonNode findings = api.post("/api/checks", body, "sekreterare").json().path("findings");
        assertThat(findings).extracting(f -> f.path("code").asString() + " " + f.path("pointer").asString())
                .containsExactlyInAnyOrder(
                        "protokoll.paragraf.foljd /data/paragrafer/5/nummer",
                        "protokoll.paragraf.foljd /data/paragrafer/6/nummer",
                        "protokoll.anslag.uppsatt /data/bevis/anslagUppsatt",
                        "protokoll.anslag.nedtas /data/bevis/anslagNedtas",
                        "protokoll.justering.sen /data/bevis/justeringsdatum");
        // archiving a protokoll beside its meeting's justering is refused before any check (RecordForgeryTest)
        Api.Response refused = api.post("/api/documents", body, "sekreterare");
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void rolesSekreterareAndKansliEditStyrelseReads() {
        MeetingFlow flow = new MeetingFlow(api);
        String organ = flow.newOrgan();
        ObjectNode body = MeetingFlow.meetingBody(organ, LocalDate.of(2025, 9, 1), 2);
        assertThat(api.post("/api/meetings", body, "styrelse").status()).isEqualTo(403);
        assertThat(api.post("/api/meetings", body, null).status()).isEqualTo(401);
        Api.Response byKansli = api.post("/api/meetings", body, "kansli");
        assertThat(byKansli.status()).isEqualTo(201);
        String id = byKansli.json().path("id").asString();
        assertThat(api.get("/api/meetings/" + id, "styrelse").status()).isEqualTo(200);
        assertThat(api.get("/api/meetings?organ=" + organ, "styrelse").json()).hasSize(1);
        assertThat(api.put("/api/meetings/" + id + "/protokoll", MeetingFlow.draft(2), "styrelse").status()).isEqualTo(403);
        assertThat(api.put("/api/meetings/" + id + "/protokoll", MeetingFlow.draft(2), "kansli").status()).isEqualTo(200);
        assertThat(api.post("/api/meetings/" + id + "/protokoll/numrering", "{}", "styrelse").status()).isEqualTo(403);
        assertThat(api.post("/api/meetings/" + id + "/justering", "{\"datum\":\"2025-09-02\"}", "styrelse").status())
                .isEqualTo(403);
        assertThat(api.post("/api/meetings/" + id + "/kallelse", "{}", "styrelse").status()).isEqualTo(403);
        assertThat(api.put("/api/meetings/" + id, body, "sekreterare").status()).isEqualTo(200);
    }

    @Test
    void invalidMeetingsAnswer422WithPointersAndStoreNothing() {
        MeetingFlow flow = new MeetingFlow(api);
        String organ = flow.newOrgan();
        ObjectNode body = MeetingFlow.meetingBody(organ, LocalDate.of(2025, 9, 1), 2);
        ((ObjectNode) body.path("punkter").get(1)).put("rubrik", "");
        ((ObjectNode) body.path("punkter").get(1)).putArray("typ").add(42);
        Api.Response bad = api.post("/api/meetings", body, "sekreterare");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("errors")).extracting(e -> e.path("pointer").asString())
                .contains("/punkter/1/rubrik", "/punkter/1/typ/0");
        ObjectNode unknownOrgan = MeetingFlow.meetingBody("finns-inte", LocalDate.of(2025, 9, 1), 1);
        assertThat(api.post("/api/meetings", unknownOrgan, "sekreterare").json().path("errors").get(0).path("pointer")
                .asString()).isEqualTo("/organ");
        assertThat(api.get("/api/meetings?organ=" + organ, "styrelse").json()).isEmpty();

        String id = flow.create(organ, LocalDate.of(2025, 9, 1), 1);
        ObjectNode draft = MeetingFlow.draft(1);
        draft.put("bevis", "x");
        Api.Response badDraft = api.put("/api/meetings/" + id + "/protokoll", draft, "sekreterare");
        assertThat(badDraft.status()).isEqualTo(422);
        assertThat(badDraft.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/bevis");
        ObjectNode noJusterare = MeetingFlow.draft(1);
        noJusterare.putArray("justerare");
        Api.Response empty = api.put("/api/meetings/" + id + "/protokoll", noJusterare, "sekreterare");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/justerare");
    }

    @Test
    void concurrentJusteringsArchiveOneProtokoll() throws Exception {
        MeetingFlow flow = new MeetingFlow(api);
        String id = flow.create(flow.newOrgan(), today().minusDays(4), 3);
        // a § under sekretess, so each justering renders the record and a public version
        Api.Response saved = api.put("/api/meetings/" + id + "/protokoll", PublicVersionTest.markedDraft(), "sekreterare");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        flow.number(id);
        long before = api.get("/api/documents?template=protokoll&size=1", "styrelse").json().path("total").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> flow.justera(id, today().minusDays(2), null)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        long after = api.get("/api/documents?template=protokoll&size=1", "styrelse").json().path("total").asLong();
        // the record and its public version (docs/meetings.md, Publication), not a pair per request
        assertThat(after - before).as("one archived protokoll and its public version, not one per request").isEqualTo(2);
    }
}
