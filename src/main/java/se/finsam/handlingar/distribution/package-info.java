/**
 * Distribution: "handlingar" bundles (a kallelse and its bilagor merged into one archived PDF) and send orders that
 * e-mail a document to an organ's members through a transactional outbox. Public API:
 * {@link se.finsam.handlingar.distribution.BundleService} and {@link se.finsam.handlingar.distribution.SendService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "document", "organisation", "render", "signing", "system", "template" })
package se.finsam.handlingar.distribution;
