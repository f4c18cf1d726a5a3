package se.finsam.handlingar.document;

import se.finsam.handlingar.render.PdfFinishing;
import tools.jackson.databind.JsonNode;

/**
 * Lets a domain module change the PDFs of its templates before they are saved, such as adding signature fields.
 */
public interface DocumentFinishing {

    /** @param kind the template's kind ({@code TemplateKind.id()}), so a copy of a template keeps its behaviour */
    boolean appliesTo(String kind);

    PdfFinishing finishing(JsonNode data);
}
