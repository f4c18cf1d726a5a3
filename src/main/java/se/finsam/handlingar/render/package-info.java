/**
 * XHTML to PDF/A-2u + PDF/UA-1 and HTML export. Knows no domain and no archive. Public API: {@link se.finsam.handlingar.render.DocumentRenderer}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "template" })
package se.finsam.handlingar.render;
