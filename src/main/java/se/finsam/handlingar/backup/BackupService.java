package se.finsam.handlingar.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.audit.AuditTrail;
import se.finsam.handlingar.system.HandlingarProperties;
import se.finsam.handlingar.system.ProblemException;

/**
 * Takes an online backup of the embedded H2 database with H2's {@code BACKUP TO}: the database files and their
 * transaction log copied into one zip while the service keeps running, consistent as of one moment. The archive
 * directory is copied by the operator afterwards (its files never change, docs/operations.md).
 */
@Service
public class BackupService {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final HandlingarProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BackupService(DataSource dataSource, JdbcClient jdbc, AuditTrail audit, HandlingarProperties properties,
            ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param database the zip holding the database (unzip it into the new data directory to restore)
     * @param archiveDir the archive directory to copy after the database
     * @param documents archived documents the backup holds
     * @param auditEntries audit entries in the copy (appends wait while it is taken)
     * @param auditLastHash the hash of the last of them: keep it outside the database
     */
    public record Backup(String database, long bytes, String sha256, Instant createdAt, String archiveDir, long documents,
            long auditEntries, String auditLastHash) {
    }

    private record Snapshot(AuditTrail.Head head, long documents) {
    }

    public Backup backup() {
        if (!embeddedH2()) {
            throw ProblemException.conflict("Databasen är inte den inbyggda H2-databasen; säkerhetskopiera PostgreSQL med"
                    + " pg_dump (docs/operations.md).");
        }
        Instant now = clock.instant();
        Path dir = properties.dataDir().resolve("backup").toAbsolutePath().normalize();
        Path file = dir.resolve("handlingar-" + NAME.format(now) + ".zip");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup directory " + dir, e);
        }
        // the audit head stays locked while the copy is taken, so the copy ends exactly at the head reported
        Snapshot snapshot = transactions.execute(tx -> {
            AuditTrail.Head head = audit.lockHead();
            long documents = jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
            // the path is ours (data directory + timestamp), never user input; BACKUP TO takes no parameters
            jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
            return new Snapshot(head, documents);
        });
        AuditTrail.Head head = snapshot.head();
        long documents = snapshot.documents();
        long bytes;
        String sha256;
        try {
            bytes = Files.size(file);
            sha256 = sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + file, e);
        }
        Backup backup = new Backup(file.toString(), bytes, sha256, now,
                properties.storageDir().toAbsolutePath().normalize().toString(),
                documents, head.entries(), head.lastHash());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", file.getFileName().toString());
        details.put("sha256", sha256);
        details.put("bytes", bytes);
        details.put("documents", documents);
        details.put("auditEntries", head.entries());
        details.put("auditLastHash", head.lastHash());
        events.publishEvent(AuditEvent.of("system.backup", "backup", file.getFileName().toString(), details));
        return backup;
    }

    private boolean embeddedH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
