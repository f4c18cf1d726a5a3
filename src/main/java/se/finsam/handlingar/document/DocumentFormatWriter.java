package se.finsam.handlingar.document;

import se.finsam.handlingar.render.OutputFormat;
import se.finsam.handlingar.render.RenderedDocument;
import se.finsam.handlingar.template.TemplateVersion;
import tools.jackson.databind.JsonNode;

/**
 * Writes a format that is not made from the template's XHTML (e.g. an editable DOCX built in code). Implement it as
 * a bean in the module that knows the template's data. {@link DocumentService} archives what it returns like any
 * other document.
 */
public interface DocumentFormatWriter {

    /** @param kind the template's kind ({@code TemplateKind.id()}) */
    boolean supports(String kind, OutputFormat format);

    /** Called with data that passed the schema and the checks, after any {@link DocumentDataEnricher}. */
    RenderedDocument write(TemplateVersion version, JsonNode data);
}
