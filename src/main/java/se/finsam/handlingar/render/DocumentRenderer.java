package se.finsam.handlingar.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.finsam.handlingar.template.TemplateOutputLimitException;
import se.finsam.handlingar.template.TemplateProcessor;

/**
 * The render pipeline: FreeMarker (sandboxed) → well-formed XHTML (parsed without external entities) → PDF/A-2u +
 * PDF/UA-1 through openhtmltopdf, finished with PDFBox; or the same XHTML as a self-contained HTML page or an
 * editable Word document.
 * <p>
 * Each render runs on a worker thread of its own, inside its limits: a wall-clock timeout (the thread is interrupted;
 * FreeMarker checks for that in every loop and macro), an output size, a page count, an element nesting depth, and
 * recursion bounded by the worker's stack. Going past any of them is a {@link RenderLimitException}; the slot is free
 * again as soon as the request has its answer.
 */
@Service
public class DocumentRenderer implements DisposableBean {

    /** Stack of a render thread: deep enough for long documents, small enough that runaway recursion ends quickly. */
    private static final long STACK_BYTES = 4L * 1024 * 1024;

    private final TemplateProcessor processor;
    private final PdfPipeline pdf;
    private final DocxWriter docx;
    private final HtmlExport html;
    private final RenderSlots slots;
    private final RenderProperties properties;
    private final ThreadPoolExecutor workers;
    private final Timer slotWait;

    DocumentRenderer(TemplateProcessor processor, PdfPipeline pdf, DocxWriter docx, HtmlExport html,
            RenderProperties properties, Clock clock, MeterRegistry meters) {
        this.processor = processor;
        this.pdf = pdf;
        this.docx = docx;
        this.html = html;
        this.properties = properties;
        this.slots = new RenderSlots(properties.maxConcurrent(), properties.maxPerUser(), clock);
        AtomicInteger count = new AtomicInteger();
        // twice the slots: a render stopped at its timeout may take a moment to notice the interrupt
        this.workers = new ThreadPoolExecutor(0, properties.maxConcurrent() * 2, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(null, task, "render-" + count.incrementAndGet(), STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        this.slotWait = Timer.builder("handlingar.render.slot.wait")
                .description("Time a render waited for a free slot (handlingar.render.max-concurrent)")
                .register(meters);
    }

    /**
     * Renders when a slot is free (at most {@code handlingar.render.max-concurrent} at once, at most half of them for the
     * calling user).
     */
    public RenderedDocument render(RenderRequest request) {
        String user = currentUser();
        long waitStart = System.nanoTime();
        try {
            boolean acquired = slots.acquire(user, properties.maxWait());
            slotWait.record(System.nanoTime() - waitStart, TimeUnit.NANOSECONDS);
            if (!acquired) {
                throw new RenderBusyException("Alla " + properties.maxConcurrent() + " renderingsplatser var upptagna i "
                        + properties.maxWait().toSeconds() + " s"
                        + (properties.maxConcurrent() > 1 ? " (högst " + properties.maxPerUser() + " åt gången per användare)" : "")
                        + ". Försök igen om en stund.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderBusyException("Renderingen avbröts.");
        }
        try {
            return renderLimited(request);
        } finally {
            slots.release(user);
        }
    }

    RenderSlots.Usage usage() {
        return slots.usage();
    }

    RenderSlots slots() {
        return slots;
    }

    private RenderedDocument renderLimited(RenderRequest request) {
        Future<RenderedDocument> task = submit(request);
        try {
            return task.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new RenderLimitException("Renderingen tog längre än " + properties.timeout().toSeconds()
                    + " s och stoppades (handlingar.render.timeout). Kontrollera mallens loopar och uppgifternas storlek.");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new RenderBusyException("Renderingen avbröts.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StackOverflowError) {
                throw new RenderLimitException("Mallen anropar sig själv för djupt (oändlig rekursion i ett makro eller en funktion?).");
            }
            if (cause instanceof OutOfMemoryError) {
                throw new RenderLimitException("Mallen försökte skapa mer text än minnet rymmer (t.ex. ?left_pad eller ?join med mycket stora tal).");
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RenderException("Renderingen misslyckades: " + cause, cause);
        }
    }

    /**
     * Hands the render to a worker. A worker whose render has just ended takes a moment before it can take the next
     * one, so a refusal is retried for a short while; workers still held by stopped renders refuse for longer.
     */
    private Future<RenderedDocument> submit(RenderRequest request) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (true) {
            try {
                return workers.submit(() -> renderNow(request));
            } catch (RejectedExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw new RenderBusyException("Renderingen kunde inte startas: tidigare renderingar som stoppats håller fortfarande på att avslutas.");
                }
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }
    }

    private RenderedDocument renderNow(RenderRequest request) {
        long maxBytes = properties.maxOutputSize().toBytes();
        String xhtml;
        try {
            xhtml = processor.process(request.template(), request.data(), maxBytes);
        } catch (TemplateOutputLimitException e) {
            throw new RenderLimitException(e.getMessage());
        }
        Document document = SecureXhtml.parse(xhtml);
        ActiveOutput.refuse(document, properties.maxDepth());
        TemplateResources.requireReferencedFiles(document, request.template().renderFiles());
        RenderedDocument rendered = switch (request.format()) {
            case PDF -> {
                PdfPipeline.Result result = pdf.render(document, request.template().renderFiles(), request.documentDate(),
                        sha256(xhtml), request.finishing(), properties.maxPages());
                yield new RenderedDocument(result.bytes(), OutputFormat.PDF, result.pages(), result.title());
            }
            case HTML -> new RenderedDocument(
                    html.selfContained(document, request.template().renderFiles()).getBytes(StandardCharsets.UTF_8),
                    OutputFormat.HTML, null, title(document));
            case DOCX -> new RenderedDocument(docx.write(document, request.template().renderFiles(), request.documentDate()),
                    OutputFormat.DOCX, null, title(document));
        };
        if (rendered.content().length > maxBytes) {
            throw new RenderLimitException("Dokumentet blev " + rendered.content().length / (1024 * 1024)
                    + " MB, mer än gränsen på " + properties.maxOutputSize().toMegabytes() + " MB (handlingar.render.max-output-size).");
        }
        return rendered;
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "" : authentication.getName();
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

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
