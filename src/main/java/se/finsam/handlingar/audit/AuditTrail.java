package se.finsam.handlingar.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.finsam.handlingar.system.ProblemException;

/**
 * Records {@link AuditEvent}s in the append-only {@code audit_log} and verifies its hash chain. Appends are serialised
 * by a lock on the single {@code audit_head} row, so several instances on one database never fork the chain.
 */
@Service
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** Joins the publisher's transaction: the entry is kept exactly when the change it describes is. */
    @EventListener
    @Transactional
    public void record(AuditEvent event) {
        String actor = event.actor() != null ? event.actor() : currentUser();
        String source = event.source() != null ? event.source() : remoteAddress();
        log.append(event.kind(), actor, source, event.objectType(), event.objectId(), event.details());
    }

    /** Failed logins, as Spring Security reports them (wrong password, unknown user, locked…). */
    @EventListener
    @Transactional
    public void loginFailed(AbstractAuthenticationFailureEvent failure) {
        String name = failure.getAuthentication() == null ? null : failure.getAuthentication().getName();
        log.append("login.failed", name == null ? "okänd" : truncate(name, 100), remoteAddress(), "user",
                name == null ? null : truncate(name, 200),
                java.util.Map.of("reason", failure.getException().getClass().getSimpleName()));
    }

    /**
     * Entries newest first. All filters may be null.
     *
     * @param object an object id, or {@code type/id}
     */
    public List<AuditEntry> find(Instant from, Instant to, String kind, String object, int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ProblemException.invalid("/size", "page ska vara 0 eller mer och size 1–500.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("/to", "to ligger före from.");
        }
        return log.find(from, to, kind, object, page, size);
    }

    /** The result of {@link #verify()}: {@code firstBroken} is null when every link holds. */
    public record Verification(boolean intact, long entries, String lastHash, Broken firstBroken) {
    }

    /** The first entry whose link does not hold, and why. */
    public record Broken(long seq, String problem) {
    }

    /** How many entries the chain has and the hash of the last one. */
    public record Head(long entries, String lastHash) {
    }

    /**
     * The chain's head, locked until the caller's transaction ends: appends wait, so what the caller does meanwhile
     * (a backup) sees exactly this head. Must be called inside a transaction.
     */
    public Head lockHead() {
        return log.lockHead();
    }

    /** Walks the whole chain from the first entry and reports the first broken link. */
    public Verification verify() {
        return log.verify();
    }

    private static String currentUser() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return "intern";
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
