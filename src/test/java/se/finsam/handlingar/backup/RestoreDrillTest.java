package se.finsam.handlingar.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.TestFiles;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.InProcessService;
import tools.jackson.databind.JsonNode;

/**
 * The restore drill of docs/operations.md: back up a running instance (online database backup, then the archive
 * directory), restore both into a fresh data directory, start a new instance on it, and check every archived
 * document's hash and the audit chain. A byte changed in a restored file is then reported.
 */
class RestoreDrillTest {

    @Test
    void aBackupOfARunningInstanceRestoresIntoAFreshOneWithEveryHashAndTheAuditChainIntact() throws Exception {
        Path original = Files.createTempDirectory("handlingar-original-");
        Path backupDir = Files.createTempDirectory("handlingar-backup-");
        Path restored = Files.createTempDirectory("handlingar-restored-");

        String kept;
        byte[] keptBytes;
        JsonNode backup;
        try (InProcessService service = InProcessService.start(original, "handlingar.demo=true")) {
            Api api = service.api();
            Api.Response archived = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "admin");
            assertThat(archived.status()).as(archived.text()).isEqualTo(201);
            kept = archived.json().path("id").asString();
            keptBytes = api.get("/api/documents/" + kept + "/content", "admin").body();

            Api.Response made = api.post("/api/backup", "", "admin");
            assertThat(made.status()).as(made.text()).isEqualTo(201);
            backup = made.json();
            assertThat(backup.path("sha256").asString()).hasSize(64);
            assertThat(backup.path("documents").asLong()).isGreaterThanOrEqualTo(1);

            // archived between the database backup and the file copy: a file the backup's database does not know
            assertThat(api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "admin").status())
                    .isEqualTo(201);
            TestFiles.copyTree(Path.of(backup.path("archiveDir").asString()), backupDir.resolve("archive"));
            Files.copy(Path.of(backup.path("database").asString()), backupDir.resolve("handlingar.zip"));
            List<String> kinds = api.get("/api/audit?kind=system.backup", "admin").json().path("items").valueStream()
                    .map(e -> e.path("details").path("sha256").asString()).toList();
            assertThat(kinds).contains(backup.path("sha256").asString());
        }

        unzip(backupDir.resolve("handlingar.zip"), restored);
        TestFiles.copyTree(backupDir.resolve("archive"), restored.resolve("archive"));
        try (InProcessService service = InProcessService.start(restored)) {
            Api api = service.api();
            JsonNode documents = api.get("/api/documents/verify", "admin").json();
            assertThat(documents.path("intact").asBoolean()).as(documents.toString()).isTrue();
            assertThat(documents.path("documents").asLong()).isEqualTo(backup.path("documents").asLong());
            JsonNode chain = api.get("/api/audit/verify", "admin").json();
            assertThat(chain.path("intact").asBoolean()).as(chain.toString()).isTrue();
            assertThat(chain.path("entries").asLong()).isEqualTo(backup.path("auditEntries").asLong());
            assertThat(chain.path("lastHash").asString()).isEqualTo(backup.path("auditLastHash").asString());
            assertThat(api.get("/api/documents/" + kept + "/content", "admin").body()).isEqualTo(keptBytes);
        }

        // the check can fail: one byte changed in a restored file is named
        Path file;
        try (Stream<Path> files = Files.walk(restored.resolve("archive"))) {
            file = files.filter(p -> p.getFileName().toString().startsWith(kept)).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        try (InProcessService service = InProcessService.start(restored)) {
            JsonNode documents = service.api().get("/api/documents/verify", "admin").json();
            assertThat(documents.path("intact").asBoolean()).isFalse();
            assertThat(documents.path("problems").toString()).contains(kept);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).isTrue();
                Files.createDirectories(target.getParent());
                Files.copy(entries, target);
            }
        }
    }
}
