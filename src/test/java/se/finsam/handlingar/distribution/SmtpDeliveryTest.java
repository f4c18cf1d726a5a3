package se.finsam.handlingar.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Delivery through a real SMTP server (GreenMail). The shared context sends to its file outbox; these tests stop that
 * worker and run workers of their own, built from the context's outbox and composer but with an SMTP transport
 * pointed at GreenMail, so no second Spring context is needed. Time is passed to {@code runOnce} explicitly: retries
 * and lease expiry are exercised without waiting.
 */
class SmtpDeliveryTest extends IntegrationTest {

    @Autowired
    private OutboxWorker contextWorker;
    @Autowired
    private OutboxStore store;
    @Autowired
    private MessageComposer composer;

    private GreenMail smtp;
    private int smtpPort;
    private String domain;

    @BeforeEach
    void ownWorkersOnly() throws IOException {
        contextWorker.stop();
        smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example.se";
        // whatever other tests left queued goes out first, so each test below sees only its own rows
        smtp.start();
        OutboxWorker drain = worker("drain", 8, 100);
        while (drain.runOnce(Instant.now()) > 0) {
            // drain
        }
    }

    @AfterEach
    void contextWorkerBack() {
        if (smtp.isRunning()) {
            smtp.stop();
        }
        contextWorker.start();
    }

    @Test
    void attachmentsArriveByteIdenticalToTheArchive() throws Exception {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        JsonNode order = order(kallelse, "a", "b");

        worker("w1", 8, 20).runOnce(Instant.now());

        byte[] archived = api.get("/api/documents/" + kallelse + "/content", "styrelse").body();
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(domain);
        assertThat(received).hasSize(2);
        for (MimeMessage message : received) {
            assertThat(SendApiTest.attachment(message)).isEqualTo(archived);
            assertThat(message.getSubject()).isEqualTo(order.path("amne").asString());
        }
        assertThat(status(order)).isEqualTo(List.of("sent", "sent"));
    }

    @Test
    void smtpDownKeepsMessagesQueuedThenDeliversEachExactlyOnce() throws Exception {
        smtp.stop();
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        JsonNode order = order(kallelse, "a", "b");
        OutboxWorker worker = worker("w1", 8, 20);
        Instant t0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        worker.runOnce(t0);

        JsonNode queued = api.get("/api/distribution/sendings/" + order.path("id").asString(), "sekreterare").json();
        assertThat(status(order)).isEqualTo(List.of("queued", "queued"));
        for (JsonNode recipient : queued.path("mottagare")) {
            assertThat(recipient.path("forsok").asInt()).isEqualTo(1);
            assertThat(recipient.path("senasteFel").asString()).isNotBlank();
            assertThat(Instant.parse(recipient.path("nastaForsok").asString())).isAfterOrEqualTo(t0.plusSeconds(30));
        }

        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        worker.runOnce(t0.plusSeconds(5));
        assertThat(smtp.getReceivedMessagesForDomain(domain)).as("not due before the back-off").isEmpty();

        worker.runOnce(t0.plusSeconds(31));
        worker.runOnce(t0.plus(Duration.ofHours(2)));
        worker("w2", 8, 20).runOnce(t0.plus(Duration.ofHours(3)));

        assertThat(recipients(smtp.getReceivedMessagesForDomain(domain))).containsExactlyInAnyOrder(
                "a@" + domain, "b@" + domain);
        assertThat(status(order)).isEqualTo(List.of("sent", "sent"));
    }

    @Test
    void aWorkerThatDiesBetweenClaimAndMarkSentLosesNothingAndDoublesNothing() throws Exception {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        JsonNode order = order(kallelse, "a", "b", "c");
        Instant now = Instant.now();
        Duration lease = DistributionProperties.defaults().lease();

        List<OutboxStore.Message> taken = store.claim("crashed", now, now.plus(lease), 100);
        assertThat(taken).extracting(OutboxStore.Message::address).contains("a@" + domain, "b@" + domain, "c@" + domain);
        // ... and the crashed worker never sends nor marks them

        OutboxWorker survivor = worker("survivor", 8, 20);
        survivor.runOnce(now.plusSeconds(1));
        assertThat(smtp.getReceivedMessagesForDomain(domain)).as("leased rows stay with their worker").isEmpty();
        assertThat(status(order)).isEqualTo(List.of("queued", "queued", "queued"));

        survivor.runOnce(now.plus(lease).plusSeconds(1));
        for (OutboxStore.Message message : taken) {
            assertThat(store.markSent(message.id(), "crashed", now.plus(lease).plusSeconds(2)))
                    .as("the crashed worker's late mark is refused").isFalse();
        }
        survivor.runOnce(now.plus(Duration.ofDays(1)));

        assertThat(recipients(smtp.getReceivedMessagesForDomain(domain))).containsExactlyInAnyOrder(
                "a@" + domain, "b@" + domain, "c@" + domain);
        assertThat(status(order)).isEqualTo(List.of("sent", "sent", "sent"));
    }

    @Test
    void stoppingAndStartingTheWorkerMidOrderNeitherLosesNorDoubles() throws Exception {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        JsonNode order = order(kallelse, "a", "b", "c", "d", "e");

        assertThat(worker("first", 8, 2).runOnce(Instant.now())).isEqualTo(2);
        assertThat(smtp.getReceivedMessagesForDomain(domain)).hasSize(2);
        // first is gone; a new worker (a restarted instance) picks up the rest
        OutboxWorker second = worker("second", 8, 2);
        while (second.runOnce(Instant.now()) > 0) {
            // until the outbox is empty
        }

        assertThat(recipients(smtp.getReceivedMessagesForDomain(domain))).containsExactlyInAnyOrder(
                "a@" + domain, "b@" + domain, "c@" + domain, "d@" + domain, "e@" + domain);
        assertThat(status(order)).containsOnly("sent");
    }

    @Test
    void aMessageThatKeepsFailingEndsAsFailedWithTheReason() {
        smtp.stop();
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        JsonNode order = order(kallelse, "a");
        OutboxWorker worker = worker("w1", 2, 20);
        Instant t0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        worker.runOnce(t0);
        worker.runOnce(t0.plus(Duration.ofMinutes(5)));

        JsonNode recipient = api.get("/api/distribution/sendings/" + order.path("id").asString(), "styrelse").json()
                .path("mottagare").get(0);
        assertThat(recipient.path("status").asString()).isEqualTo("failed");
        assertThat(recipient.path("forsok").asInt()).isEqualTo(2);
        assertThat(recipient.path("senasteFel").asString()).startsWith("Gav upp efter 2 försök:");
    }

    @Test
    void anAddressTheServerRefusesFailsAtOnceWithTheReason() throws Exception {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        JsonNode order = order(kallelse, "finns-inte");
        // GreenMail accepts every recipient; this sender answers as a server does for an unknown mailbox
        JavaMailSenderImpl refusing = new JavaMailSenderImpl() {
            @Override
            protected void doSend(jakarta.mail.internet.MimeMessage[] messages, Object[] originals) {
                try {
                    jakarta.mail.Address[] to = messages[0].getAllRecipients();
                    throw new org.springframework.mail.MailSendException(java.util.Map.of(messages[0],
                            new jakarta.mail.SendFailedException("550 5.1.1 Mailbox unavailable", null, null, null, to)));
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        OutboxWorker worker = new OutboxWorker(store, composer, new SmtpTransport(refusing),
                DistributionProperties.defaults(), Clock.systemUTC(), "refusing",
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), event -> { });

        worker.runOnce(Instant.now());

        JsonNode recipient = api.get("/api/distribution/sendings/" + order.path("id").asString(), "styrelse").json()
                .path("mottagare").get(0);
        assertThat(recipient.path("status").asString()).isEqualTo("failed");
        assertThat(recipient.path("forsok").asInt()).isEqualTo(1);
        assertThat(recipient.path("senasteFel").asString()).contains("avvisades", "550 5.1.1 Mailbox unavailable");
    }

    private JsonNode order(UUID document, String... users) {
        String extra = String.join(", ", Arrays.stream(users).map(u -> "\"" + u + "@" + domain + "\"").toList());
        Api.Response created = api.post("/api/distribution/sendings",
                "{\"dokument\": \"%s\", \"extra\": [%s]}".formatted(document, extra), "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    private List<String> status(JsonNode order) {
        return api.get("/api/distribution/sendings/" + order.path("id").asString(), "styrelse").json()
                .path("mottagare").valueStream().map(r -> r.path("status").asString()).toList();
    }

    private static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> to = new java.util.ArrayList<>();
        for (MimeMessage message : messages) {
            to.add(((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress());
        }
        return to;
    }

    private OutboxWorker worker(String id, int maxAttempts, int batchSize) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        DistributionProperties settings = new DistributionProperties(null, null, null, null, null, null, maxAttempts,
                null, null, batchSize, null);
        return new OutboxWorker(store, composer, new SmtpTransport(sender), settings, Clock.systemUTC(), id,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), event -> { });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
