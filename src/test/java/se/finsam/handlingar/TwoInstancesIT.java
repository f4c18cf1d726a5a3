package se.finsam.handlingar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import se.finsam.handlingar.support.IntegrationTest;
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

    private static final List<Process> processes = new ArrayList<>();
    private static Api a;
    private static Api b;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("handlingar.jar", "target/handlingar-0.1.0.jar"));
        Path shared = Files.createTempDirectory("handlingar-shared-archive-");
        int portA = freePort();
        int portB = freePort();
        Process first = launch(jar, portA, shared);
        Process second = launch(jar, portB, shared);
        a = new Api("http://127.0.0.1:" + portA);
        b = new Api("http://127.0.0.1:" + portB);
        awaitHealth(a, first);
        awaitHealth(b, second);
        for (String role : List.of("SEKRETERARE", "STYRELSE")) {
            a.put("/api/users/" + role.toLowerCase(), "{\"password\":\"" + IntegrationTest.PASSWORD + "\",\"roles\":[\"" + role + "\"]}", "admin");
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
            p.waitFor();
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

    private static Process launch(Path jar, int port, Path shared) throws IOException {
        Path dataDir = Files.createTempDirectory("handlingar-instance-");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port, "--handlingar.data-dir=" + dataDir,
                "--handlingar.storage-dir=" + shared,
                "--spring.datasource.url=" + System.getenv("HANDLINGAR_TEST_POSTGRES_TWO_URL"),
                "--spring.datasource.username=" + System.getenv("HANDLINGAR_TEST_POSTGRES_TWO_USER"),
                "--spring.datasource.password=" + System.getenv("HANDLINGAR_TEST_POSTGRES_TWO_PASSWORD"),
                "--handlingar.fixtures.dir=" + Path.of("fixtures").toAbsolutePath());
        builder.environment().put("HANDLINGAR_ADMIN_PASSWORD", IntegrationTest.PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolve("service.log").toFile());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static void awaitHealth(Api api, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("instance exited").isTrue();
            try {
                if (api.get("/actuator/health", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("instance did not start");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
