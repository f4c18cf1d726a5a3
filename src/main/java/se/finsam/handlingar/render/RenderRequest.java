package se.finsam.handlingar.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.finsam.handlingar.template.TemplateVersion;

/**
 * What to render: a template version applied to data, in a format. The document date goes into the PDF metadata, so the
 * same request gives the same bytes.
 */
public record RenderRequest(
        TemplateVersion template,
        Map<String, Object> data,
        OutputFormat format,
        LocalDate documentDate,
        List<PdfFinishing> finishing) {

    public RenderRequest {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(format, "format");
        data = data == null ? Map.of() : data;
        documentDate = documentDate == null ? LocalDate.of(2000, 1, 1) : documentDate;
        finishing = finishing == null ? List.of() : List.copyOf(finishing);
    }

    public RenderRequest(TemplateVersion template, Map<String, Object> data, OutputFormat format, LocalDate documentDate) {
        this(template, data, format, documentDate, List.of());
    }
}
