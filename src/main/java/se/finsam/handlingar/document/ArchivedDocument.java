package se.finsam.handlingar.document;

import java.time.Instant;
import java.util.UUID;

/**
 * Metadata of an archived document. The bytes, the data snapshot and the template version it used never change.
 * A signed or sealed document is a new revision with its own id and hash.
 *
 * @param previousRevision the revision this one was made from (e.g. the unsigned PDF), null for a first revision
 * @param nextRevision the revision made from this one (e.g. after the next signature), null while this is the newest
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
        UUID previousRevision,
        UUID nextRevision,
        String subject) {

    /** What a withdrawn record's subject ends with (e.g. a digital justering sent again with new dates). */
    public static final String WITHDRAWN_SUFFIX = "/aterkallad";

    /** True when the record was withdrawn: kept and listed, but no longer the record of its subject. */
    public boolean withdrawn() {
        return subject != null && subject.endsWith(WITHDRAWN_SUFFIX);
    }

    /** A first revision. */
    public ArchivedDocument(UUID id, String template, String templateVersion, String format, String contentType,
            String title, String sha256, long sizeBytes, Integer pages, Instant createdAt, String createdBy) {
        this(id, template, templateVersion, format, contentType, title, sha256, sizeBytes, pages, createdAt, createdBy,
                null, null, null);
    }

    public ArchivedDocument(UUID id, String template, String templateVersion, String format, String contentType,
            String title, String sha256, long sizeBytes, Integer pages, Instant createdAt, String createdBy,
            UUID previousRevision, UUID nextRevision) {
        this(id, template, templateVersion, format, contentType, title, sha256, sizeBytes, pages, createdAt, createdBy,
                previousRevision, nextRevision, null);
    }
}
