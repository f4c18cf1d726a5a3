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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.ServiceProcess;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the packaged jar on one PostgreSQL database and one shared archive directory, as
 * {@code docs/operations.md} describes: both start (migrations, template import and fixtures racing each other),
 * documents archived by one are served by the other, § numbers taken concurrently through both are never issued
 * twice, and both outbox workers sending to one SMTP server (GreenMail) deliver every message exactly once. Needs the database {@code .ci/run} provides ({@code HANDLINGAR_TEST_POSTGRES_TWO_URL}).
 */
@EnabledIfEnvironmentVariable(named = "HANDLINGAR_TEST_POSTGRES_TWO_URL", matches = ".+",
        disabledReason = "no PostgreSQL for two instances: set HANDLINGAR_TEST_POSTGRES_TWO_URL/_USER/_PASSWORD (.ci/run does)")
class TwoInstancesIT {

    private static final List<ServiceProcess> instances = new ArrayList<>();
    private static GreenMail smtp;
    private static Api a;
    private static Api b;

    @BeforeAll
    static void start() throws Exception {
        Path shared = Files.createTempDirectory("handlingar-shared-archive-");
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
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
        if (smtp != null) {
            smtp.stop();
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
        // an organ of its own: § numbers run per organ and year, and the database may hold earlier runs' meetings
        String organ = "tva-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Response madeOrgan = a.put("/api/organisation/organs/" + organ,
                "{\"namn\":\"Styrelsen\",\"genitiv\":\"Styrelsens\"}", "admin");
        assertThat(madeOrgan.status()).as(madeOrgan.text()).isEqualTo(200);
        for (int month = 1; month <= 8; month++) {
            String body = """
                    {"organ":"%s","datum":"2025-%02d-10","tid":{"fran":"10:00","till":"12:00"},"plats":"Kansliet",
                     "punkter":[{"rubrik":"Mötets öppnande"},{"rubrik":"Val av justerare"},{"rubrik":"Mötets avslutande"}]}"""
                    .formatted(organ, month);
            Api.Response meeting = a.post("/api/meetings", body, "sekreterare");
            assertThat(meeting.status()).as(meeting.text()).isEqualTo(201);
            String id = meeting.json().get("id").asString();
            tools.jackson.databind.node.ObjectNode draft =
                    (tools.jackson.databind.node.ObjectNode) a.get("/api/meetings/" + id + "/protokoll", "sekreterare").json();
            draft.putArray("justerare").add("Mikael Broman");
            draft.put("ordforande", "Peter Vigren");
            draft.putArray("beslutande").addObject().put("namn", "Peter Vigren").put("representerar", "Umeå kommun")
                    .put("roll", "ordförande");
            ((tools.jackson.databind.node.ArrayNode) draft.get("beslutande")).addObject().put("namn", "Mikael Broman")
                    .put("representerar", "Försäkringskassan");
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

    @Test
    void bothWorkersSendFromOneOutboxAndNoMessageGoesOutTwice() throws Exception {
        Api.Response kallelse = a.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "sekreterare");
        assertThat(kallelse.status()).as(kallelse.text()).isEqualTo(201);
        String document = kallelse.json().get("id").asString();
        List<String> orders = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int order = 0; order < 10; order++) {
            List<String> extra = List.of("ledamot" + order + "a@example.se", "ledamot" + order + "b@example.se",
                    "ledamot" + order + "c@example.se");
            addresses.addAll(extra);
            String body = """
                    {"dokument":"%s","organ":"styrelsen","datum":"2024-03-22","extra":["%s"]}"""
                    .formatted(document, String.join("\",\"", extra));
            Api.Response sent = (order % 2 == 0 ? a : b).post("/api/distribution/sendings", body, "sekreterare");
            assertThat(sent.status()).as(sent.text()).isEqualTo(201);
            orders.add(sent.json().get("id").asString());
        }

        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        for (String order : orders) {
            while (a.get("/api/distribution/sendings/" + order, "sekreterare").json().get("antal").path("queued").asInt() > 0) {
                assertThat(java.time.Instant.now()).as("all messages leave the outbox").isBefore(deadline);
                Thread.sleep(200);
            }
        }

        Map<String, Integer> received = new TreeMap<>();
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            for (jakarta.mail.Address to : message.getAllRecipients()) {
                received.merge(to.toString(), 1, Integer::sum);
            }
        }
        for (String address : addresses) {
            assertThat(received.get(address)).as("messages to %s", address).isEqualTo(1);
        }
    }

    private static ServiceProcess launch(Path shared) throws IOException, InterruptedException {
        return ServiceProcess.start("--handlingar.storage-dir=" + shared,
                "--spring.datasource.url=" + System.getenv("HANDLINGAR_TEST_POSTGRES_TWO_URL"),
                "--spring.datasource.username=" + System.getenv("HANDLINGAR_TEST_POSTGRES_TWO_USER"),
                "--spring.datasource.password=" + System.getenv("HANDLINGAR_TEST_POSTGRES_TWO_PASSWORD"),
                "--handlingar.fixtures.dir=" + Path.of("fixtures").toAbsolutePath(),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--handlingar.distribution.poll-interval=200ms");
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
