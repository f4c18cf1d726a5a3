package se.finsam.handlingar.render;

import java.io.IOException;
import java.time.Clock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.finsam.handlingar.template.TemplateProcessor;

/** A renderer of the real pipeline (PDF, DOCX, HTML) with the given limits, without Spring. */
final class TestRenderers {

    private TestRenderers() {
    }

    static DocumentRenderer withLimits(RenderProperties limits) throws IOException {
        FontLibrary fonts = new FontLibrary();
        PdfPipeline pipeline = new PdfPipeline(fonts);
        return new DocumentRenderer(new TemplateProcessor(), pipeline, new DocxWriter(pipeline, fonts), new HtmlExport(fonts),
                limits, Clock.systemUTC(), new SimpleMeterRegistry());
    }
}
