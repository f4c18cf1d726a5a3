/**
 * The audit trail: an append-only, hash-chained log of every security- or record-relevant event. Other modules publish
 * an {@link se.finsam.handlingar.audit.AuditEvent} as an application event; {@link se.finsam.handlingar.audit.AuditTrail}
 * records it (in the publisher's transaction when there is one) and verifies the chain. Public API:
 * {@link se.finsam.handlingar.audit.AuditEvent}, {@link se.finsam.handlingar.audit.AuditTrail},
 * {@link se.finsam.handlingar.audit.AuditEntry}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system" })
package se.finsam.handlingar.audit;
