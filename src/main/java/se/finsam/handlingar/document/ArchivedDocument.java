package se.finsam.handlingar.document;

import java.time.Instant;
import java.util.UUID;

/**
 * Metadata of an archived document. The bytes, the data snapshot and the template version it used never change.
 *
 * @param subject what the document is a record of (e.g. {@code meeting/<id>}), or null for a free-standing document
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
        String createdBy,
        String subject) {

    public ArchivedDocument(UUID id, String template, String templateVersion, String format, String contentType,
            String title, String sha256, long sizeBytes, Integer pages, Instant createdAt, String createdBy) {
        this(id, template, templateVersion, format, contentType, title, sha256, sizeBytes, pages, createdAt, createdBy,
                null);
    }

    ArchivedDocument withSubject(String newSubject) {
        return new ArchivedDocument(id, template, templateVersion, format, contentType, title, sha256, sizeBytes, pages,
                createdAt, createdBy, newSubject);
    }
}
