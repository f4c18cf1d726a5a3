/**
 * The organisation register: the förbund, its huvudmän, organs, members with their terms (history is kept: a change
 * ends a term and starts a new one) and the kansli staff. Public API: {@link se.finsam.handlingar.organisation.OrganisationDirectory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "system" })
package se.finsam.handlingar.organisation;
