/**
 * Online backup of an instance on the embedded H2 database: a transactionally consistent copy of the database taken
 * while the service runs, with the counts and the audit chain head to check a restore against (docs/operations.md).
 * With PostgreSQL, {@code pg_dump} does this job. Public API: {@link se.finsam.handlingar.backup.BackupService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "document", "system" })
package se.finsam.handlingar.backup;
