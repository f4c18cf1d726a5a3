/**
 * Documents: requests, schema and domain checks, previews, the archive with hash verification, and the extension points domain modules implement. Public API: {@link se.finsam.handlingar.document.DocumentService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "render", "system", "template" })
package se.finsam.handlingar.document;
