/**
 * The bookkeeping: SIE 4 files imported per förbund (organisationsnummer) and räkenskapsår, checked strictly, and the
 * versioned mapping from accounts to the report's lines. Public API: {@link se.finsam.handlingar.bookkeeping.Bookkeeping}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "system" })
package se.finsam.handlingar.bookkeeping;
