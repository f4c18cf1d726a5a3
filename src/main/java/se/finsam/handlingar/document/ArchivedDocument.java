package se.finsam.handlingar.document;

import java.time.Instant;
import java.util.UUID;

/**
 * Metadata of an archived document. The bytes, the data snapshot and the template version it used never change.
 */
public record ArchivedDocument(
        UUID id,
        String template,
        String templateVersion,
        String format,
        String contentType,
        String title,
        String sha256,
        long sizeBytes,
        Integer pages,
        Instant createdAt,
        String createdBy) {
}
