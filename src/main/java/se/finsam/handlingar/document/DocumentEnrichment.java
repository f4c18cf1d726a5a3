package se.finsam.handlingar.document;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Lets a domain module give a template values it computes from the data (derived statements, indices, the findings
 * of the checks for a draft), so templates never repeat domain arithmetic. The result is added to the template's
 * {@code data} under {@link #key()}; it must consist of maps, lists, strings, numbers and booleans.
 */
public interface DocumentEnrichment {

    boolean appliesTo(String templateId);

    /** The name under {@code data} that the template reads, e.g. {@code berakning}. */
    String key();

    /**
     * @param data the request's data, already checked against the schema
     * @param findings every finding of the schema and the domain checks, pointers prefixed with {@code /data}
     */
    Object model(JsonNode data, List<Finding> findings);
}
