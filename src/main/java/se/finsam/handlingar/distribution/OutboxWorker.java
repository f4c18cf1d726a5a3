package se.finsam.handlingar.distribution;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Sends what the outbox holds: takes up to a batch of due rows and, one at a time, claims a row with its own lease
 * (so the lease covers one send, however long the batch takes), sends it, then marks it sent, or schedules a retry
 * with doubling back-off, or marks it failed after the last attempt or a refused address. A worker that dies
 * mid-send leaves its row leased; after the lease another worker (this instance restarted, or another instance) takes
 * it over. Each order's attachment is read and verified once per batch, not once per recipient.
 */
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxStore store;
    private final MessageComposer composer;
    private final MailTransport transport;
    private final DistributionProperties properties;
    private final Clock clock;
    private final String workerId;
    private final java.util.function.Consumer<Object> events;
    private final MeterRegistry meters;
    private ScheduledExecutorService scheduler;

    OutboxWorker(OutboxStore store, MessageComposer composer, MailTransport transport, DistributionProperties properties,
            Clock clock, String workerId, MeterRegistry meters, java.util.function.Consumer<Object> events) {
        this.events = events;
        this.store = store;
        this.composer = composer;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
        this.workerId = workerId;
        this.meters = meters;
    }

    String workerId() {
        return workerId;
    }

    MailTransport transport() {
        return transport;
    }

    /**
     * Handles up to one batch of the rows due at {@code now}; returns how many it claimed. Each row is claimed just
     * before it is sent, at {@code now} plus the time the batch has taken so far, with a lease of its own.
     */
    int runOnce(Instant now) {
        long started = System.nanoTime();
        Map<UUID, Prepared> orders = new HashMap<>();
        int handled = 0;
        for (UUID id : store.due(now, properties.batchSize())) {
            Instant at = now.plusNanos(System.nanoTime() - started);
            Optional<OutboxStore.Message> claimed = store.claimOne(id, workerId, at, at.plus(properties.lease()));
            if (claimed.isPresent()) {
                handled++;
                deliver(claimed.get(), at, orders);
            }
        }
        return handled;
    }

    /** An order and its attachment, read once per batch; a failed read is kept too, so it is not repeated. */
    private record Prepared(OutboxStore.Order order, byte[] attachment, RuntimeException failure) {
    }

    private Prepared prepare(UUID orderId) {
        OutboxStore.Order order = store.order(orderId).orElseThrow();
        try {
            return new Prepared(order, composer.attachment(order), null);
        } catch (RuntimeException e) {
            return new Prepared(order, null, e);
        }
    }

    private void deliver(OutboxStore.Message message, Instant now, Map<UUID, Prepared> orders) {
        long start = System.nanoTime();
        String outcome = deliverUntimed(message, now, orders.computeIfAbsent(message.orderId(), this::prepare));
        Timer.builder("handlingar.outbox.delivery")
                .description("Sending one outbox message (compose and hand to SMTP or the outbox folder)")
                .tag("outcome", outcome)
                .register(meters)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    /** Returns the outcome: sent, retry or failed. */
    private String deliverUntimed(OutboxStore.Message message, Instant now, Prepared prepared) {
        try {
            if (prepared.failure() != null) {
                throw prepared.failure();
            }
            transport.send(composer.compose(prepared.order(), message, prepared.attachment()));
        } catch (MailTransport.PermanentMailException e) {
            if (store.markFailed(message.id(), workerId, e.getMessage())) {
                delivery("distribution.failed", message, e.getMessage());
            }
            return "failed";
        } catch (Exception e) {
            String reason = reason(e);
            int attempt = message.attempts() + 1;
            boolean last = attempt >= properties.maxAttempts();
            if (last) {
                if (store.markFailed(message.id(), workerId, "Gav upp efter " + attempt + " försök: " + reason)) {
                    delivery("distribution.failed", message, reason);
                }
            } else {
                store.markRetry(message.id(), workerId, reason, now.plus(properties.backoff(attempt)));
            }
            log.info("Utskick {} till {} misslyckades (försök {}): {}", message.id(), message.address(), attempt, reason);
            return last ? "failed" : "retry";
        }
        if (!store.markSent(message.id(), workerId, now)) {
            log.warn("Utskick {} skickades men raden hade tagits över av en annan arbetare", message.id());
        } else {
            delivery("distribution.sent", message, null);
        }
        return "sent";
    }

    private void delivery(String kind, OutboxStore.Message message, String error) {
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("sending", message.orderId().toString());
        details.put("address", String.valueOf(message.address()));
        details.put("attempt", message.attempts() + 1);
        if (error != null) {
            details.put("error", error.length() > 300 ? error.substring(0, 300) : error);
        }
        try {
            events.accept(se.finsam.handlingar.audit.AuditEvent.of(kind, "message", message.id(), details)
                    .by("system"));
        } catch (RuntimeException e) {
            log.warn("Utskick {} kunde inte föras in i granskningsloggen: {}", message.id(), e.getMessage());
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e || root.getMessage() == null ? text : text + " (" + root.getMessage() + ")";
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || !properties.workerEnabled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "distribution-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long period = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::poll, period, period, TimeUnit.MILLISECONDS);
        log.info("Utskick skickas via {}", transport.describe());
    }

    private void poll() {
        try {
            while (runOnce(clock.instant()) > 0 && !Thread.currentThread().isInterrupted()) {
                // keep going while there is work
            }
        } catch (RuntimeException e) {
            log.warn("Utkorgen kunde inte läsas: {}", e.getMessage());
        }
    }

    /** Stops polling and waits for the message in hand to be sent and marked. */
    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(60, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
