package se.finsam.handlingar.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code handlingar.*}.
 *
 * @param dataDir where the embedded database, the archive and the mail outbox live
 * @param storageDir where archived document bytes live; defaults to {@code <dataDir>/archive}.
 *                   Point several instances at one shared directory.
 * @param templatesDir bundled templates to import at start; {@code null} uses the copy inside the jar
 * @param maxRequestSize largest accepted API request body (413 above it)
 * @param adminPassword password of the {@code admin} user ({@code HANDLINGAR_ADMIN_PASSWORD})
 */
@ConfigurationProperties("handlingar")
public record HandlingarProperties(
        Path dataDir,
        Path storageDir,
        Path templatesDir,
        DataSize maxRequestSize,
        String adminPassword) {

    public HandlingarProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (storageDir == null) {
            storageDir = dataDir.resolve("archive");
        }
        if (maxRequestSize == null) {
            maxRequestSize = DataSize.ofMegabytes(2);
        }
    }
}
