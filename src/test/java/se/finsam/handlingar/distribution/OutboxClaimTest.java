package se.finsam.handlingar.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Several workers claiming from one outbox at once, as two instances on one database do: every row is won by exactly
 * one worker. Runs on an in-memory H2 (PostgreSQL mode) and, when {@code HANDLINGAR_TEST_POSTGRES_URL} is set (as
 * {@code .ci/run} does), on PostgreSQL in a schema of its own. No Spring context: the store on a plain DataSource.
 */
class OutboxClaimTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentWorkersClaimEachRowExactlyOnce(String database) throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource(database));
        OutboxStore store = new OutboxStore(jdbc);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID order = order(jdbc, store, now);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            OutboxStore.Message m = new OutboxStore.Message(UUID.randomUUID(), order, i, null, "extra",
                    "m" + i + "@example.se", OutboxStore.Status.QUEUED, 0, now.minusSeconds(1), null, null, null, null);
            store.insertMessage(m);
            ids.add(m.id());
        }

        int workers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<List<UUID>>> results = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String worker = "worker-" + w;
            Callable<List<UUID>> task = () -> {
                start.await();
                List<UUID> won = new ArrayList<>();
                List<OutboxStore.Message> batch;
                do {
                    batch = store.claim(worker, now, now.plus(Duration.ofMinutes(5)), 7);
                    for (OutboxStore.Message m : batch) {
                        won.add(m.id());
                        assertThat(store.markSent(m.id(), worker, now)).isTrue();
                    }
                } while (!batch.isEmpty());
                return won;
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        List<UUID> all = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<UUID>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();

        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(store.messages(order)).allMatch(m -> m.status() == OutboxStore.Status.SENT);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLeaseBlocksOthersUntilItRunsOut(String database) {
        JdbcClient jdbc = JdbcClient.create(dataSource(database));
        OutboxStore store = new OutboxStore(jdbc);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID order = order(jdbc, store, now);
        UUID id = UUID.randomUUID();
        store.insertMessage(new OutboxStore.Message(id, order, 0, null, "extra", "x@example.se",
                OutboxStore.Status.QUEUED, 0, now, null, null, null, null));

        assertThat(store.claim("a", now, now.plusSeconds(60), 1000)).extracting(OutboxStore.Message::id).contains(id);
        assertThat(store.claim("b", now.plusSeconds(59), now.plusSeconds(120), 1000))
                .extracting(OutboxStore.Message::id).doesNotContain(id);
        assertThat(store.claim("b", now.plusSeconds(61), now.plusSeconds(120), 1000))
                .extracting(OutboxStore.Message::id).contains(id);
        assertThat(store.markSent(id, "a", now.plusSeconds(62))).as("a lost its claim").isFalse();
        assertThat(store.markSent(id, "b", now.plusSeconds(62))).isTrue();
        assertThat(store.claim("c", now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), 1000))
                .extracting(OutboxStore.Message::id).doesNotContain(id);
    }

    private static UUID order(JdbcClient jdbc, OutboxStore store, Instant now) {
        String template = "claim-" + UUID.randomUUID().toString().substring(0, 8);
        Timestamp ts = Timestamp.from(now);
        jdbc.sql("INSERT INTO template (id, title, created_at) VALUES (?, 'Test', ?)").params(template, ts).update();
        jdbc.sql("INSERT INTO template_version (template_id, version, seq, status, sha256, origin, created_at, created_by) "
                + "VALUES (?, '1', 1, 'PUBLISHED', ?, 'TEST', ?, 'test')").params(template, "0".repeat(64), ts).update();
        UUID document = UUID.randomUUID();
        jdbc.sql("INSERT INTO document (id, template_id, template_version, format, content_type, sha256, size_bytes, "
                + "data_snapshot, storage_key, created_at, created_by) VALUES (?, ?, '1', 'pdf', 'application/pdf', ?, 1, "
                + "'{}', 'x', ?, 'test')").params(document, template, "0".repeat(64), ts).update();
        UUID order = UUID.randomUUID();
        store.insertOrder(new OutboxStore.Order(order, null, "0".repeat(64), document, null, null, "Ämne", "Text", true,
                "x.pdf", now, "test"));
        return order;
    }

    private static DataSource dataSource(String database) {
        DriverManagerDataSource dataSource;
        String schema = "claim_" + UUID.randomUUID().toString().substring(0, 8);
        if (database.equals("h2")) {
            dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + schema
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
            schema = "public";
        } else {
            String url = System.getenv("HANDLINGAR_TEST_POSTGRES_URL");
            Assumptions.assumeTrue(url != null && !url.isBlank(),
                    "no PostgreSQL: set HANDLINGAR_TEST_POSTGRES_URL/_USER/_PASSWORD (.ci/run does)");
            dataSource = new DriverManagerDataSource(url, System.getenv("HANDLINGAR_TEST_POSTGRES_USER"),
                    System.getenv("HANDLINGAR_TEST_POSTGRES_PASSWORD"));
            dataSource.setSchema(schema);
        }
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).load().migrate();
        return dataSource;
    }
}
