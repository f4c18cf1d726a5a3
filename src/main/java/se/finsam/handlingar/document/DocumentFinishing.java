package se.finsam.handlingar.document;

import se.finsam.handlingar.render.PdfFinishing;
import tools.jackson.databind.JsonNode;

/**
 * Lets a domain module change the PDFs of its templates before they are saved, such as adding signature fields.
 */
public interface DocumentFinishing {

    boolean appliesTo(String templateId);

    PdfFinishing finishing(JsonNode data);
}
