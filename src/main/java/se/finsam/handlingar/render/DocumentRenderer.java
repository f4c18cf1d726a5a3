package se.finsam.handlingar.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.finsam.handlingar.template.TemplateProcessor;

/**
 * The render pipeline: FreeMarker (sandboxed) → well-formed XHTML (parsed without external entities) → PDF/A-2u +
 * PDF/UA-1 through openhtmltopdf, finished with PDFBox; or the same XHTML as a self-contained HTML page.
 */
@Service
public class DocumentRenderer {

    private final TemplateProcessor processor;
    private final PdfPipeline pdf;
    private final Semaphore slots;
    private final RenderProperties properties;
    private final Timer slotWait;

    DocumentRenderer(TemplateProcessor processor, PdfPipeline pdf, RenderProperties properties, MeterRegistry meters) {
        this.processor = processor;
        this.pdf = pdf;
        this.properties = properties;
        this.slots = new Semaphore(properties.maxConcurrent(), true);
        this.slotWait = Timer.builder("handlingar.render.slot.wait")
                .description("Time a render waited for a free slot (handlingar.render.max-concurrent)")
                .register(meters);
    }

    /** Renders when a slot is free (at most {@code handlingar.render.max-concurrent} at once). */
    public RenderedDocument render(RenderRequest request) {
        long waitStart = System.nanoTime();
        try {
            boolean acquired = slots.tryAcquire(properties.maxWait().toMillis(), TimeUnit.MILLISECONDS);
            slotWait.record(System.nanoTime() - waitStart, TimeUnit.NANOSECONDS);
            if (!acquired) {
                throw new RenderBusyException("Alla " + properties.maxConcurrent() + " renderingsplatser var upptagna i "
                        + properties.maxWait().toSeconds() + " s. Försök igen om en stund.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderBusyException("Renderingen avbröts.");
        }
        try {
            return renderNow(request);
        } finally {
            slots.release();
        }
    }

    private RenderedDocument renderNow(RenderRequest request) {
        String xhtml = processor.process(request.template(), request.data());
        Document document = SecureXhtml.parse(xhtml);
        return switch (request.format()) {
            case PDF -> {
                PdfPipeline.Result result = pdf.render(document, request.template().renderFiles(), request.documentDate(),
                        sha256(xhtml), request.finishing());
                yield new RenderedDocument(result.bytes(), OutputFormat.PDF, result.pages(), result.title());
            }
            case HTML -> new RenderedDocument(
                    HtmlExport.selfContained(document, request.template().renderFiles()).getBytes(StandardCharsets.UTF_8),
                    OutputFormat.HTML, null, title(document));
            case DOCX -> throw new RenderException("DOCX skrivs av mallens egen DocumentFormatWriter, inte av XHTML-renderaren.", null);
        };
    }

    private static String title(Document document) {
        NodeList titles = document.getElementsByTagName("title");
        return titles.getLength() == 0 ? null : ((Element) titles.item(0)).getTextContent().strip();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
