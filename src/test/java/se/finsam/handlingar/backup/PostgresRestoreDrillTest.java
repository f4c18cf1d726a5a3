package se.finsam.handlingar.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import se.finsam.handlingar.support.TestFiles;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.InProcessService;
import tools.jackson.databind.JsonNode;

/**
 * The PostgreSQL restore drill of docs/operations.md, as an operator runs it: {@code pg_dump --format=custom} of a
 * running instance's database, then its archive directory; {@code pg_restore} into a fresh database, a new instance on
 * the restore and the archive copy, and every archived document's hash and the audit chain checked. Uses the
 * databases {@code handlingar_drill} and {@code handlingar_restored} on the server of
 * {@code HANDLINGAR_TEST_POSTGRES_URL} (.ci/run makes them, owned by the test user); skipped with a message when
 * PostgreSQL, those databases or the {@code pg_dump}/{@code pg_restore} programs are missing.
 */
@EnabledIfEnvironmentVariable(named = "HANDLINGAR_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "no PostgreSQL: set HANDLINGAR_TEST_POSTGRES_URL/_USER/_PASSWORD (.ci/run does)")
class PostgresRestoreDrillTest {

    private static final String SOURCE = "handlingar_drill";
    private static final String TARGET = "handlingar_restored";

    private final String user = System.getenv("HANDLINGAR_TEST_POSTGRES_USER");
    private final String password = System.getenv("HANDLINGAR_TEST_POSTGRES_PASSWORD");
    private final URI server = URI.create(System.getenv("HANDLINGAR_TEST_POSTGRES_URL").substring("jdbc:".length()));

    @Test
    void aDumpOfARunningInstanceRestoresIntoAFreshDatabaseWithEveryHashAndTheAuditChainIntact() throws Exception {
        Assumptions.assumeTrue(available("pg_dump") && available("pg_restore"),
                "pg_dump/pg_restore not installed (package postgresql-client): the PostgreSQL restore drill is skipped");
        emptyDatabase(SOURCE);
        emptyDatabase(TARGET);
        Path original = Files.createTempDirectory("handlingar-pg-original-");
        Path backupDir = Files.createTempDirectory("handlingar-pg-backup-");
        Path restored = Files.createTempDirectory("handlingar-pg-restored-");
        Path dump = backupDir.resolve("handlingar.dump");

        String kept;
        byte[] keptBytes;
        JsonNode documentsAtDump;
        JsonNode chainAtDump;
        try (InProcessService service = InProcessService.start(original, settings(SOURCE, "handlingar.demo=true"))) {
            Api api = service.api();
            Api.Response archived = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "admin");
            assertThat(archived.status()).as(archived.text()).isEqualTo(201);
            kept = archived.json().path("id").asString();
            keptBytes = api.get("/api/documents/" + kept + "/content", "admin").body();
            assertThat(api.post("/api/backup", "", "admin").status()).as("the H2 online backup is not for PostgreSQL")
                    .isEqualTo(409);

            // 1. the database, online (pg_dump reads one consistent snapshot), then the archive directory
            documentsAtDump = api.get("/api/documents/verify", "admin").json();
            chainAtDump = api.get("/api/audit/verify", "admin").json();
            assertThat(documentsAtDump.path("documents").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(chainAtDump.path("intact").asBoolean()).isTrue();
            run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + SOURCE);
            // archived between the dump and the file copy: a file the dump does not know (harmless)
            assertThat(api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "admin").status())
                    .isEqualTo(201);
            TestFiles.copyTree(original.resolve("archive"), backupDir.resolve("archive"));
        }
        assertThat(Files.size(dump)).isPositive();

        // 2. restore into a fresh database and a fresh data directory, start an instance on them
        run("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--dbname=" + TARGET, dump.toString());
        TestFiles.copyTree(backupDir.resolve("archive"), restored.resolve("archive"));
        try (InProcessService service = InProcessService.start(restored, settings(TARGET))) {
            Api api = service.api();
            // 3. every archived file against its SHA-256; the chain intact and ending where it did at the dump
            JsonNode documents = api.get("/api/documents/verify", "admin").json();
            assertThat(documents.path("intact").asBoolean()).as(documents.toString()).isTrue();
            assertThat(documents.path("documents").asLong()).isEqualTo(documentsAtDump.path("documents").asLong());
            JsonNode chain = api.get("/api/audit/verify", "admin").json();
            assertThat(chain.path("intact").asBoolean()).as(chain.toString()).isTrue();
            assertThat(chain.path("entries").asLong()).isEqualTo(chainAtDump.path("entries").asLong());
            assertThat(chain.path("lastHash").asString()).isEqualTo(chainAtDump.path("lastHash").asString());
            assertThat(api.get("/api/documents/" + kept + "/content", "admin").body()).isEqualTo(keptBytes);
        }

        // the check can fail: a restore without the archive copy names the missing files
        Path bare = Files.createTempDirectory("handlingar-pg-bare-");
        try (InProcessService service = InProcessService.start(bare, settings(TARGET))) {
            JsonNode documents = service.api().get("/api/documents/verify", "admin").json();
            assertThat(documents.path("intact").asBoolean()).isFalse();
            assertThat(documents.path("problems").toString()).contains(kept);
        }
    }

    private String[] settings(String database, String... more) {
        List<String> settings = new ArrayList<>(List.of("spring.datasource.url=" + jdbcUrl(database),
                "spring.datasource.username=" + user, "spring.datasource.password=" + password));
        settings.addAll(List.of(more));
        return settings.toArray(String[]::new);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + server.getHost() + ":" + port() + "/" + database;
    }

    private int port() {
        return server.getPort() < 0 ? 5432 : server.getPort();
    }

    /** A fresh, empty database: its public schema dropped and made again (the test user owns the database). */
    private void emptyDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            Assumptions.abort("database " + database + " is not there for " + user + " (" + e.getMessage()
                    + "): .ci/run creates it; the PostgreSQL restore drill is skipped");
        }
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(program, "--host=" + server.getHost(), "--port=" + port(),
                "--username=" + user, "--no-password"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(program + " finished").isTrue();
        assertThat(process.exitValue()).as(program + ": " + output).isZero();
    }

    private static boolean available(String program) {
        try {
            Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
