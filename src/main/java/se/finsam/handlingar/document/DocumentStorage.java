package se.finsam.handlingar.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.system.HandlingarProperties;

/**
 * Archived bytes as files under {@code handlingar.storage-dir}, one file per document, written once. Several instances
 * may share the directory: names are unique ids and files appear atomically.
 */
@Component
class DocumentStorage {

    private final Path root;

    DocumentStorage(HandlingarProperties properties) {
        this.root = properties.storageDir().toAbsolutePath().normalize();
    }

    String write(UUID id, String extension, Instant createdAt, byte[] content) {
        LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        String key = "%d/%02d/%s.%s".formatted(day.getYear(), day.getMonthValue(), id, extension);
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), id.toString(), ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write archived document " + key, e);
        }
        return key;
    }

    byte[] read(String key) {
        try {
            return Files.readAllBytes(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read archived document " + key, e);
        }
    }

    void deleteQuietly(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException ignored) {
            // the file is orphaned but harmless: no row points at it
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Storage key outside the archive: " + key);
        }
        return path;
    }
}
