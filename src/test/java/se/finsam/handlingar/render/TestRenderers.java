package se.finsam.handlingar.render;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.springframework.util.unit.DataSize;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.finsam.handlingar.template.TemplateProcessor;

/** A renderer of the real pipeline (PDF, DOCX, HTML) with the given limits, without Spring. */
final class TestRenderers {

    private TestRenderers() {
    }

    /** One render at a time, with minutes to wait and to run, 10 MB and 100 pages: room for any test document. */
    static DocumentRenderer roomy() throws IOException {
        return withLimits(new RenderProperties(1, Duration.ofMinutes(3), Duration.ofMinutes(3), DataSize.ofMegabytes(10),
                100, 50));
    }

    static DocumentRenderer withLimits(RenderProperties limits) throws IOException {
        FontLibrary fonts = new FontLibrary();
        PdfPipeline pipeline = new PdfPipeline(fonts);
        return new DocumentRenderer(new TemplateProcessor(), pipeline, new DocxWriter(pipeline, fonts), new HtmlExport(fonts),
                limits, Clock.systemUTC(), new SimpleMeterRegistry());
    }
}
