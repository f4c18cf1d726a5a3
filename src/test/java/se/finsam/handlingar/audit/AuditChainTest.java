package se.finsam.handlingar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The hash chain on a database of its own (so the shared test database's chain stays intact): a row edited or deleted
 * directly in the database is named by verify; appends from many threads at once (as from two instances, each in its
 * own transaction) never fork the chain.
 */
class AuditChainTest {

    private final DataSource dataSource = dataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final AuditLog log = new AuditLog(jdbc, JsonMapper.builder().build(), Clock.systemUTC());
    private final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

    @Test
    void anEditedRowBreaksTheChainAtThatRow() {
        for (int i = 1; i <= 5; i++) {
            int n = i;
            tx.executeWithoutResult(s -> log.append("document.archived", "sekreterare", "127.0.0.1", "document",
                    "doc-" + n, Map.of("sha256", "a".repeat(64))));
        }
        assertThat(log.verify().intact()).isTrue();
        assertThat(log.verify().entries()).isEqualTo(5);

        jdbc.sql("UPDATE audit_log SET actor = 'någon annan' WHERE seq = 3").update();

        AuditTrail.Verification broken = log.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBroken().seq()).isEqualTo(3);
        assertThat(broken.firstBroken().problem()).contains("ändrad");
        assertThat(broken.entries()).isEqualTo(2);
    }

    @Test
    void aDeletedRowAnEditedHashAndADeletedNewestRowAreNamedToo() {
        Chain deleted = Chain.fresh(4);
        deleted.jdbc().sql("DELETE FROM audit_log WHERE seq = 2").update();
        assertThat(deleted.log().verify().firstBroken().seq()).isEqualTo(2);
        assertThat(deleted.log().verify().firstBroken().problem()).contains("saknas");

        Chain rehashed = Chain.fresh(3);
        rehashed.jdbc().sql("UPDATE audit_log SET hash = ? WHERE seq = 2").param("b".repeat(64)).update();
        assertThat(rehashed.log().verify().firstBroken().seq()).isEqualTo(2);

        Chain newest = Chain.fresh(3);
        newest.jdbc().sql("DELETE FROM audit_log WHERE seq = 3").update();
        assertThat(newest.log().verify().intact()).isFalse();
        assertThat(newest.log().verify().firstBroken().seq()).isEqualTo(3);
    }

    private record Chain(JdbcClient jdbc, AuditLog log) {
        static Chain fresh(int entries) {
            DataSource ds = dataSource();
            JdbcClient jdbc = JdbcClient.create(ds);
            AuditLog log = new AuditLog(jdbc, JsonMapper.builder().build(), Clock.systemUTC());
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            for (int i = 1; i <= entries; i++) {
                tx.executeWithoutResult(s -> log.append("user.changed", "admin", null, "user", "u", null));
            }
            return new Chain(jdbc, log);
        }
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            int worker = w;
            Callable<Void> task = () -> {
                for (int i = 0; i < 25; i++) {
                    tx.executeWithoutResult(s -> log.append("login.failed", "w" + worker, "10.0.0." + worker, "user",
                            "x", null));
                }
                return null;
            };
            done.add(pool.submit(task));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AuditTrail.Verification verification = log.verify();
        assertThat(verification.intact()).as("%s", verification.firstBroken()).isTrue();
        assertThat(verification.entries()).isEqualTo(150);
    }

    private static DataSource dataSource() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:audit_" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).load().migrate();
        return ds;
    }
}
