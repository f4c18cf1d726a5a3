package se.finsam.handlingar.document;

import java.util.List;

/**
 * A document that is rendered and whose bytes are written to the archive, but that has no archive row yet: nothing
 * refers to it until {@link DocumentService#commit} inserts the row (in the caller's transaction). Rendering happens
 * before, outside any transaction. {@link DocumentService#discard} removes the bytes when the caller gives up.
 */
public final class StagedDocument {

    private final ArchivedDocument document;
    private final String dataSnapshot;
    private final String storageKey;
    private final String soleKey;
    private final List<Finding> findings;
    private final long startNanos;

    StagedDocument(ArchivedDocument document, String dataSnapshot, String storageKey, String soleKey,
            List<Finding> findings, long startNanos) {
        this.document = document;
        this.dataSnapshot = dataSnapshot;
        this.storageKey = storageKey;
        this.soleKey = soleKey;
        this.findings = findings;
        this.startNanos = startNanos;
    }

    long startNanos() {
        return startNanos;
    }

    /** The metadata the archive row will have (id, hash, size…). */
    public ArchivedDocument document() {
        return document;
    }

    public List<Finding> findings() {
        return findings;
    }

    String dataSnapshot() {
        return dataSnapshot;
    }

    String storageKey() {
        return storageKey;
    }

    String soleKey() {
        return soleKey;
    }
}
