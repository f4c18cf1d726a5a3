package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * § numbers run through the calendar year for each organ, start again at § 1 each year and are never reused or
 * skipped.
 */
class MeetingNumberingTest extends IntegrationTest {

    @Test
    void numbersContinueAcrossMeetingsAndRestartEachYear() {
        MeetingFlow flow = new MeetingFlow(api);
        String organ = flow.newOrgan();
        String other = flow.newOrgan();

        JsonNode march = flow.number(flow.withDraft(organ, LocalDate.of(2025, 3, 1), 3));
        assertThat(march.path("forstaParagraf").asInt()).isEqualTo(1);
        assertThat(march.path("sistaParagraf").asInt()).isEqualTo(3);
        assertThat(march.path("status").asString()).isEqualTo("NUMRERAT");

        JsonNode may = flow.number(flow.withDraft(organ, LocalDate.of(2025, 5, 1), 2));
        assertThat(may.path("forstaParagraf").asInt()).isEqualTo(4);
        assertThat(may.path("sistaParagraf").asInt()).isEqualTo(5);

        JsonNode otherOrgan = flow.number(flow.withDraft(other, LocalDate.of(2025, 6, 1), 2));
        assertThat(otherOrgan.path("forstaParagraf").asInt()).as("each organ has its own series").isEqualTo(1);

        JsonNode december = flow.number(flow.withDraft(organ, LocalDate.of(2025, 12, 31), 4));
        assertThat(december.path("forstaParagraf").asInt()).isEqualTo(6);
        assertThat(december.path("sistaParagraf").asInt()).isEqualTo(9);

        JsonNode january = flow.number(flow.withDraft(organ, LocalDate.of(2026, 1, 1), 2));
        assertThat(january.path("forstaParagraf").asInt()).as("a new year starts at § 1").isEqualTo(1);

        Api.Response preview = api.get("/api/meetings/" + january.path("id").asString() + "/protokoll/preview?format=html",
                "styrelse");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text()).contains("§ 1</span> Punkt 1").contains("§ 2</span> Punkt 2");
    }

    @Test
    void numbersAreNeverReusedSkippedOrTakenOutOfOrder() {
        MeetingFlow flow = new MeetingFlow(api);
        String organ = flow.newOrgan();
        String first = flow.withDraft(organ, LocalDate.of(2025, 2, 1), 2);
        flow.number(first);

        Api.Response again = api.post("/api/meetings/" + first + "/protokoll/numrering", "{}", "sekreterare");
        assertThat(again.status()).as("renumbering").isEqualTo(409);

        String second = flow.withDraft(organ, LocalDate.of(2025, 4, 1), 2);
        Api.Response skip = api.post("/api/meetings/" + second + "/protokoll/numrering", "{\"forstaParagraf\": 7}",
                "sekreterare");
        assertThat(skip.status()).isEqualTo(422);
        assertThat(skip.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/forstaParagraf");
        assertThat(skip.json().path("detail").asString()).contains("§ 3");
        Api.Response next = api.post("/api/meetings/" + second + "/protokoll/numrering", "{\"forstaParagraf\": 3}",
                "sekreterare");
        assertThat(next.status()).as(next.text()).isEqualTo(200);
        assertThat(next.json().path("forstaParagraf").asInt()).isEqualTo(3);

        String earlier = flow.withDraft(organ, LocalDate.of(2025, 3, 1), 1);
        Api.Response outOfOrder = api.post("/api/meetings/" + earlier + "/protokoll/numrering", "{}", "sekreterare");
        assertThat(outOfOrder.status()).as("an earlier meeting after a later one").isEqualTo(409);

        Api.Response fewer = api.put("/api/meetings/" + second + "/protokoll", MeetingFlow.draft(1), "sekreterare");
        assertThat(fewer.status()).as("a numbered protokoll keeps its § count").isEqualTo(422);
        assertThat(fewer.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/paragrafer");
        Api.Response edited = api.put("/api/meetings/" + second + "/protokoll", MeetingFlow.draft(2), "sekreterare");
        assertThat(edited.status()).as("text can still change before justering").isEqualTo(200);
    }

    @Test
    void aMeetingStartingTheRegisterMidYearMayNameItsFirstNumberOnce() {
        MeetingFlow flow = new MeetingFlow(api);
        String organ = flow.newOrgan();
        String id = flow.withDraft(organ, LocalDate.of(2024, 9, 1), 2);
        Api.Response r = api.post("/api/meetings/" + id + "/protokoll/numrering", "{\"forstaParagraf\": 31}", "kansli");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().path("sistaParagraf").asInt()).isEqualTo(32);
        JsonNode following = flow.number(flow.withDraft(organ, LocalDate.of(2024, 10, 1), 1));
        assertThat(following.path("forstaParagraf").asInt()).isEqualTo(33);
    }

    @Test
    void concurrentNumberingNeitherOverlapsNorLeavesGaps() throws Exception {
        MeetingFlow flow = new MeetingFlow(api);
        String organ = flow.newOrgan();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(flow.withDraft(organ, LocalDate.of(2025, 10, 1), i + 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (String id : ids) {
                answers.add(pool.submit(() -> api.post("/api/meetings/" + id + "/protokoll/numrering", "{}", "sekreterare")));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response r = answer.get(60, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.text()).isEqualTo(200);
                for (int n = r.json().path("forstaParagraf").asInt(); n <= r.json().path("sistaParagraf").asInt(); n++) {
                    numbers.add(n);
                }
            }
            assertThat(numbers).as("1 + 2 + ... + 6 § numbered once each").hasSize(21)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 21).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
