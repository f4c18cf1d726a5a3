package se.finsam.handlingar.audit;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One recorded event. {@code hash} is the SHA-256 of the previous entry's hash and this entry's fields, so changing or
 * deleting any entry breaks every link after it.
 */
public record AuditEntry(long seq, Instant at, String kind, String actor, String source, String objectType,
        String objectId, JsonNode details, String previousHash, String hash) {
}
