package se.finsam.handlingar.document;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A domain check that plugs into {@code POST /api/checks} and guards {@code POST /api/documents}. Implement it as a
 * bean in the module that knows the domain. Pointers in findings are relative to the data ({@code /punkter/0});
 * the service prefixes them with {@code /data}.
 */
public interface DocumentCheck {

    /** @param kind the template's kind ({@code TemplateKind.id()}), so a copy of a template keeps its behaviour */
    boolean appliesTo(String kind);

    /** Called only with data that already satisfies the template version's schema. */
    List<Finding> check(JsonNode data);
}
