/**
 * Versioned templates, the FreeMarker sandbox and Swedish formatting. Public API: {@link se.finsam.handlingar.template.TemplateCatalog}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "system" })
package se.finsam.handlingar.template;
