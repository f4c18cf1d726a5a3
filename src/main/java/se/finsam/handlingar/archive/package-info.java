/**
 * Archive packages for e-arkiv: E-ARK SIPs (CSIP 2.1 + SIP 2.1, which FGS Paketstruktur 2.0 adopts) of a justerat
 * meeting or of an organ's year, with METS, PREMIS, the archived documents, their data snapshots and the template
 * versions they were rendered with, the signatures and the audit trail's events in PREMIS (docs/archive.md). Public API: {@link se.finsam.handlingar.archive.ArchivePackages}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "meeting", "document", "organisation",
        "template", "system", "audit", "signing", "distribution" })
package se.finsam.handlingar.archive;
