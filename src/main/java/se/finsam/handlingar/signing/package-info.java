/**
 * PAdES signatures with EU DSS: two-step signing into a document's existing signature fields (the key stays with an
 * external signing service), each signature archived as a new revision; validation of any PDF's signatures; the
 * organisation seal at archiving. Public API: {@link se.finsam.handlingar.signing.SigningService} and
 * {@link se.finsam.handlingar.signing.SignatureFieldPolicy}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "document", "render", "system", "template" })
package se.finsam.handlingar.signing;
