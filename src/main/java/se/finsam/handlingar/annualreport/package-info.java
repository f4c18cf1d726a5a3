/**
 * The årsredovisning: stored annual figures per year, the derived kassaflödesanalys, balanskrav and trappan, the report's checks and signature page. Public API: {@link se.finsam.handlingar.annualreport.AnnualReportStore}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "bookkeeping", "budget", "document", "impact", "organisation", "render", "system", "template" })
package se.finsam.handlingar.annualreport;
