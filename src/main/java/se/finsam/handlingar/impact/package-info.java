/**
 * Social budget and Impactindex per målområde and in total, participant statistics. Public API: {@link se.finsam.handlingar.impact.ImpactIndex}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "document" })
package se.finsam.handlingar.impact;
