package se.finsam.handlingar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.ServiceProcess;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the packaged jar on one PostgreSQL database and one shared archive directory, as
 * {@code docs/operations.md} describes: both start (migrations, template import and fixtures racing each other),
 * documents archived by one are served by the other, and § numbers taken concurrently through both are never issued
 * twice. Needs the database {@code .ci/run} provides ({@code HANDLINGAR_TEST_POSTGRES_TWO_URL}).
 */
@EnabledIfEnvironmentVariable(named = "HANDLINGAR_TEST_POSTGRES_TWO_URL", matches = ".+",
        disabledReason = "no PostgreSQL for two instances: set HANDLINGAR_TEST_POSTGRES_TWO_URL/_USER/_PASSWORD (.ci/run does)")
class TwoInstancesIT {

    private static final List<ServiceProcess> instances = new ArrayList<>();
    private static Api a;
    private static Api b;

    @BeforeAll
    static void start() throws Exception {
        Path shared = Files.createTempDirectory("handlingar-shared-archive-");
        ExecutorService starting = Executors.newFixedThreadPool(2);
        List<Future<ServiceProcess>> launches = List.of(starting.submit(() -> launch(shared)), starting.submit(() -> launch(shared)));
        for (Future<ServiceProcess> launch : launches) {
            instances.add(launch.get());
        }
        starting.shutdown();
        a = instances.get(0).api();
        b = instances.get(1).api();
        instances.get(0).createUsers("SEKRETERARE", "STYRELSE");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ServiceProcess instance : instances) {
            instance.close();
        }
    }

    @Test
    void aDocumentArchivedByOneInstanceIsServedByTheOther() throws Exception {
        Api.Response created = a.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response content = b.get("/api/documents/" + id + "/content", "styrelse");
        assertThat(content.status()).isEqualTo(200);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content.body()))).isEqualTo(created.json().get("sha256").asString());
    }

    @Test
    void paragraphNumbersTakenThroughBothInstancesAreNeverIssuedTwice() throws Exception {
        List<String> meetings = new ArrayList<>();
        for (int month = 1; month <= 8; month++) {
            String body = """
                    {"organ":"styrelsen","datum":"2025-%02d-10","tid":{"fran":"10:00","till":"12:00"},"plats":"Kansliet",
                     "punkter":[{"rubrik":"Mötets öppnande"},{"rubrik":"Val av justerare"},{"rubrik":"Mötets avslutande"}]}"""
                    .formatted(month);
            Api.Response meeting = a.post("/api/meetings", body, "sekreterare");
            assertThat(meeting.status()).as(meeting.text()).isEqualTo(201);
            String id = meeting.json().get("id").asString();
            tools.jackson.databind.node.ObjectNode draft =
                    (tools.jackson.databind.node.ObjectNode) a.get("/api/meetings/" + id + "/protokoll", "sekreterare").json();
            draft.putArray("justerare").add("Mikael Broman");
            Api.Response saved = a.put("/api/meetings/" + id + "/protokoll", draft, "sekreterare");
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            meetings.add(id);
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> attempts = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Api instance = i % 2 == 0 ? a : b;
            String id = meetings.get(i);
            attempts.add(pool.submit(() -> instance.post("/api/meetings/" + id + "/protokoll/numrering", "{}", "sekreterare")));
        }
        Map<Integer, String> owners = new TreeMap<>();
        int numbered = 0;
        for (Future<Api.Response> attempt : attempts) {
            Api.Response response = attempt.get();
            assertThat(response.status()).as(response.text()).isIn(200, 409, 422);
            if (response.status() == 200) {
                numbered++;
                JsonNode m = response.json();
                for (int p = m.get("forstaParagraf").asInt(); p <= m.get("sistaParagraf").asInt(); p++) {
                    String previous = owners.put(p, m.get("id").asString());
                    assertThat(previous).as("§ %d issued twice", p).isNull();
                }
            }
        }
        pool.shutdown();
        assertThat(numbered).isPositive();
        assertThat(owners.keySet()).as("numbers without gaps").containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, owners.size()).boxed().toList());
    }

    private static ServiceProcess launch(Path shared) throws IOException, InterruptedException {
        return ServiceProcess.start("--handlingar.storage-dir=" + shared,
                "--spring.datasource.url=" + System.getenv("HANDLINGAR_TEST_POSTGRES_TWO_URL"),
                "--spring.datasource.username=" + System.getenv("HANDLINGAR_TEST_POSTGRES_TWO_USER"),
                "--spring.datasource.password=" + System.getenv("HANDLINGAR_TEST_POSTGRES_TWO_PASSWORD"),
                "--handlingar.fixtures.dir=" + Path.of("fixtures").toAbsolutePath());
    }
}
