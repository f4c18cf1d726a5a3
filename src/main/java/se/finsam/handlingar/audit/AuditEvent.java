package se.finsam.handlingar.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something that happened and must stay traceable: publish it with {@code ApplicationEventPublisher.publishEvent}.
 * It is recorded in the publisher's transaction when there is one (so it is kept exactly when the change is), else in
 * its own. Who and from where are taken from the request when not given.
 *
 * @param kind what happened, dotted, e.g. {@code document.archived}, {@code meeting.justerat}, {@code login.failed}
 * @param objectType what it happened to, e.g. {@code document}, {@code meeting}, {@code user}
 * @param objectId its id
 * @param details ids, hashes and values worth keeping (JSON-serialisable; no passwords, no document text)
 * @param actor the user; null takes the logged-in user of the request, or {@code system}
 * @param source where from; null takes the request's remote address, or {@code intern}
 */
public record AuditEvent(String kind, String objectType, String objectId, Map<String, Object> details, String actor,
        String source) {

    public AuditEvent {
        details = details == null ? Map.of() : new LinkedHashMap<>(details);
    }

    public static AuditEvent of(String kind, String objectType, Object objectId, Map<String, ?> details) {
        return new AuditEvent(kind, objectType, objectId == null ? null : objectId.toString(),
                details == null ? null : new LinkedHashMap<>(details), null, null);
    }

    /** The same event on behalf of a named actor (e.g. a background worker: {@code system}). */
    public AuditEvent by(String who) {
        return new AuditEvent(kind, objectType, objectId, details, who, source);
    }
}
