package se.finsam.handlingar.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The lease covers one message, not a batch: two workers whose every send takes longer than lease ÷ batch size never
 * send a message twice; and an order's attachment is read once per batch, not once per recipient.
 */
class OutboxLeaseTest extends IntegrationTest {

    private static final Duration LEASE = Duration.ofMillis(1500);
    private static final int BATCH = 5;
    private static final long SEND_MILLIS = 450; // > LEASE / BATCH = 300 ms; five sends outlast one lease

    @Autowired
    private OutboxWorker contextWorker;
    @Autowired
    private OutboxStore store;
    @Autowired
    private DocumentService documents;

    private final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    private final AtomicInteger attachmentReads = new AtomicInteger();

    @BeforeEach
    void ownWorkersOnly() {
        contextWorker.stop();
        // what other tests left queued goes to their file outbox first, so the workers below see only this test's rows
        while (contextWorker.runOnce(Instant.now()) > 0) {
            // drain
        }
    }

    @AfterEach
    void contextWorkerBack() {
        contextWorker.start();
    }

    @Test
    void twoWorkersWithSendsLongerThanLeaseOverBatchSizeSendEveryMessageExactlyOnce() throws Exception {
        JsonNode order = order("a", "b", "c", "d", "e");
        OutboxWorker first = worker("first", SEND_MILLIS);
        OutboxWorker second = worker("second", SEND_MILLIS);

        AtomicBoolean firstDone = new AtomicBoolean();
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> {
            try {
                return first.runOnce(Instant.now());
            } finally {
                firstDone.set(true);
            }
        });
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> {
            int handled = 0;
            // polls as a second instance does, until the first worker is through and nothing is left
            while (!firstDone.get() || !queued(order).isEmpty()) {
                handled += second.runOnce(Instant.now());
                sleep(50);
            }
            return handled;
        });
        int handled = one.get(60, TimeUnit.SECONDS) + two.get(60, TimeUnit.SECONDS);

        List<String> ids = messageIds(order);
        assertThat(ids).hasSize(5);
        for (String id : ids) {
            assertThat(sends.getOrDefault("<" + id + "@handlingar>", new AtomicInteger()).get())
                    .as("sends of message %s", id).isEqualTo(1);
        }
        assertThat(handled).isEqualTo(5);
        assertThat(statuses(order)).containsOnly("sent");
    }

    @Test
    void theAttachmentIsReadOncePerBatchNotPerRecipient() throws Exception {
        JsonNode order = order("a", "b", "c", "d", "e", "f");
        OutboxWorker worker = new OutboxWorker(store, countingComposer(), transport(0), settings(20), Clock.systemUTC(),
                "single", new SimpleMeterRegistry(), event -> { });

        assertThat(worker.runOnce(Instant.now())).isEqualTo(6);

        assertThat(attachmentReads.get()).isEqualTo(1);
        assertThat(statuses(order)).containsOnly("sent");
    }

    private OutboxWorker worker(String id, long sendMillis) {
        return new OutboxWorker(store, countingComposer(), transport(sendMillis), settings(BATCH), Clock.systemUTC(), id,
                new SimpleMeterRegistry(), event -> { });
    }

    private static DistributionProperties settings(int batch) {
        return new DistributionProperties(null, null, null, null, null, LEASE, 8, null, null, batch, false);
    }

    private MessageComposer countingComposer() {
        return new MessageComposer(documents, DistributionProperties.defaults()) {
            @Override
            byte[] attachment(OutboxStore.Order order) {
                attachmentReads.incrementAndGet();
                return super.attachment(order);
            }
        };
    }

    /** A transport whose every send takes {@code millis}, counting sends per Message-ID. */
    private MailTransport transport(long millis) {
        return new MailTransport() {
            @Override
            public void send(MimeMessage message) throws Exception {
                sleep(millis);
                sends.computeIfAbsent(message.getMessageID(), k -> new AtomicInteger()).incrementAndGet();
            }

            @Override
            public String describe() {
                return "slow test transport";
            }
        };
    }

    private JsonNode order(String... users) {
        String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example.se";
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        List<String> extra = new ArrayList<>();
        for (String u : users) {
            extra.add("\"" + u + "@" + domain + "\"");
        }
        Api.Response created = api.post("/api/distribution/sendings",
                "{\"dokument\": \"%s\", \"extra\": [%s]}".formatted(kallelse, String.join(", ", extra)), "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("bifogad").asBoolean()).isTrue();
        return created.json();
    }

    private List<String> messageIds(JsonNode order) {
        return store.messages(UUID.fromString(order.path("id").asString())).stream().map(m -> m.id().toString())
                .toList();
    }

    private List<String> queued(JsonNode order) {
        return statuses(order).stream().filter("queued"::equals).toList();
    }

    private List<String> statuses(JsonNode order) {
        return store.messages(UUID.fromString(order.path("id").asString())).stream()
                .map(m -> m.status().name().toLowerCase()).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
