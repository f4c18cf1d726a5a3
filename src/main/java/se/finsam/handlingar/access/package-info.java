/**
 * Users, roles and HTTP Basic authentication. Public API: {@link se.finsam.handlingar.access.Role}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "system" })
package se.finsam.handlingar.access;
