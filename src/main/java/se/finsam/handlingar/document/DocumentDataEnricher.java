package se.finsam.handlingar.document;

import tools.jackson.databind.JsonNode;

/**
 * Adds values derived from the request data (sums, shares) before a document is rendered, so templates print
 * computed figures instead of typed ones. The archive keeps the request data as sent; the derived values are
 * recomputed from it. Implement it as a bean in the module that knows the domain.
 */
public interface DocumentDataEnricher {

    /** @param kind the template's kind ({@code TemplateKind.id()}), so a copy of a template keeps its behaviour */
    boolean appliesTo(String kind);

    /** Called only with data that passed the schema and the checks; returns the data the template sees. */
    JsonNode enrich(JsonNode data);
}
