package se.finsam.handlingar.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * XHTML to a PDF that is PDF/A-2u and PDF/UA-1 at once: tagged, sRGB output intent, only the bundled fonts embedded,
 * and only the template's own files loadable.
 */
@Component
class PdfPipeline {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // PDFBox's XMP code asks JAXP for a factory on every document; without these the lookup scans every jar's
        // META-INF/services each time, which cost more than the layout. They name the JDK's own implementations,
        // which the lookup would find anyway when no other provider is on the class path.
        pin("javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        pin("javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        pin("javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        RendererLogging.install();
    }

    private static void pin(String factory, String implementation) {
        if (System.getProperty(factory) == null) {
            System.setProperty(factory, implementation);
        }
    }

    private final FontLibrary fonts;

    PdfPipeline(FontLibrary fonts) {
        this.fonts = fonts;
    }

    record Result(byte[] bytes, int pages, String title) {
    }

    private static PdfBoxRenderer measuringWidthsOnce(PdfBoxRenderer renderer) {
        renderer.getSharedContext().setTextRenderer(new MeasuringTextRenderer());
        return renderer;
    }

    private PdfRendererBuilder builder(Document xhtml, Map<String, String> templateFiles) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(SRGB)
                .withProducer("Handlingar")
                .useProtocolsStreamImplementation(new TemplateResources(templateFiles), TemplateResources.SCHEME)
                .useExternalResourceAccessControl((uri, type) -> TemplateResources.isAllowed(uri),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> TemplateResources.isAllowed(uri),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(xhtml, TemplateResources.BASE_URI);
        for (FontLibrary.Face face : fonts.faces()) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(), face.style(), true);
            // In PDF/A mode there are no built-in fonts: text in an unregistered family would vanish silently or
            // fail, so the generic families (and the CSS default, serif) map to the bundled fonts.
            List<String> aliases = face.family().equals(fonts.defaultFamily()) ? FontLibrary.GENERIC_FAMILIES
                    : face.family().equals(FontLibrary.MONOSPACE_FAMILY) ? FontLibrary.MONOSPACE_FAMILIES : List.of();
            for (String alias : aliases) {
                builder.useFont(() -> new ByteArrayInputStream(face.bytes()), alias, face.weight(), face.style(), true);
            }
        }
        return builder;
    }

    /**
     * Lays the XHTML out as for the PDF and hands what the layout knows (computed styles, pages of ids) to another
     * writer, so that formats such as DOCX follow the same stylesheet and page numbers.
     */
    <T> T layout(Document xhtml, Map<String, String> templateFiles, java.util.function.Function<LaidOut, T> use) {
        // the page positions of ids are only known once the PDF is created and kept open
        try (PdfBoxRenderer renderer = measuringWidthsOnce(builder(xhtml, templateFiles).buildPdfRenderer());
                PDDocument document = renderer.createPDFKeepOpen()) {
            return use.apply(new LaidOut(renderer));
        } catch (IOException e) {
            throw new RenderException("Dokumentet kunde inte ställas upp: " + e.getMessage(), e);
        }
    }

    Result render(Document xhtml, Map<String, String> templateFiles, LocalDate documentDate, byte[] contentHash,
            List<PdfFinishing> finishing, int maxPages) {
        PdfRendererBuilder builder = builder(xhtml, templateFiles);
        try (PdfBoxRenderer renderer = measuringWidthsOnce(builder.buildPdfRenderer())) {
            renderer.layout();
            int pages = renderer.getRootBox().getLayer().getPages().size();
            if (pages > maxPages) {
                throw new RenderLimitException("Dokumentet skulle få " + pages + " sidor, fler än gränsen på " + maxPages
                        + " (handlingar.render.max-pages).");
            }
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                return finish(renderer, document, documentDate, contentHash, finishing);
            }
        } catch (IOException e) {
            throw new RenderException("PDF kunde inte skapas: " + e.getMessage(), e);
        }
    }

    private static Result finish(PdfBoxRenderer renderer, PDDocument document, LocalDate documentDate, byte[] contentHash,
            List<PdfFinishing> finishing) throws IOException {
        {
            PdfFinishing.Layout layout = regex -> renderer.findPagePositionsByID(Pattern.compile(regex)).stream()
                    .map(p -> new PlacedBox(p.getId(), p.getPageNo(), p.getX(), p.getY(), p.getWidth(), p.getHeight()))
                    // openhtmltopdf answers from a hash map; reading order (page, top to bottom, left to right) keeps
                    // the promised document order, which becomes the signature fields' tab and structure order
                    .sorted(java.util.Comparator.comparingInt(PlacedBox::pageIndex)
                            .thenComparing(b -> -(b.y() + b.height()))
                            .thenComparing(PlacedBox::x))
                    .toList();
            TableCaptions.apply(document);
            MarkerOrder.apply(document);
            for (PdfFinishing step : finishing) {
                step.finish(document, layout);
            }
            PdfDeterminism.apply(document, documentDate, contentHash);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return new Result(out.toByteArray(), document.getNumberOfPages(), document.getDocumentInformation().getTitle());
        }
    }
}
