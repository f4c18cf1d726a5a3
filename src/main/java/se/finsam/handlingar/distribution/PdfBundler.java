package se.finsam.handlingar.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Joins PDFs into one with PDFBox: the first part's document (catalog, XMP, output intent, language) is the base, the
 * others are appended with their structure trees; then one bookmark per part and page labels per part replace the
 * parts' own outlines.
 */
final class PdfBundler {

    private static final List<String> CONFORMANCE_NAMESPACES = List.of("http://www.aiim.org/pdfa/ns/id/",
            "http://www.aiim.org/pdfua/ns/id/");

    /** @param label page label prefix, e.g. "Bilaga 1: " (pages then read "Bilaga 1: 3") */
    record Part(String bookmark, String label, byte[] pdf) {
    }

    record Result(byte[] pdf, int pages, List<Integer> starts) {
    }

    private PdfBundler() {
    }

    /**
     * @param conformant true when every part is PDF/A-2u + PDF/UA-1, so the base's claim may stay; otherwise the
     *                   claim is removed from the XMP metadata so the bundle does not pretend to be what it is not
     */
    static Result bundle(List<Part> parts, boolean conformant) {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument base = Loader.loadPDF(parts.get(0).pdf())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (Part part : parts.subList(1, parts.size())) {
                PDDocument source = Loader.loadPDF(part.pdf());
                sources.add(source);
                withoutSignatureValues(source);
                starts.add(base.getNumberOfPages());
                merger.appendDocument(base, source);
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            PDPageLabels labels = new PDPageLabels(base);
            for (int i = 0; i < parts.size(); i++) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(parts.get(i).bookmark());
                PDPageFitDestination destination = new PDPageFitDestination();
                destination.setPage(base.getPage(starts.get(i)));
                item.setDestination(destination);
                outline.addLast(item);
                PDPageLabelRange range = new PDPageLabelRange();
                range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                range.setPrefix(parts.get(i).label());
                range.setStart(1);
                labels.setLabelItem(starts.get(i), range);
            }
            base.getDocumentCatalog().setDocumentOutline(outline);
            base.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            base.getDocumentCatalog().setPageLabels(labels);
            if (!conformant) {
                dropConformanceClaim(base);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            base.save(out);
            return new Result(out.toByteArray(), base.getNumberOfPages(), List.copyOf(starts));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not merge the bundle", e);
        } finally {
            for (PDDocument source : sources) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // read-only source
                }
            }
        }
    }

    /**
     * A signature covers the bytes of its own file, so in a merged copy it could only show as broken. The signature
     * values go (and the document-wide signature flags and permissions with them); the fields and their drawn
     * appearance stay, tagged as they were, and the cover names the signers and the signed original.
     */
    private static void withoutSignatureValues(PDDocument source) {
        source.getDocumentCatalog().getCOSObject().removeItem(COSName.PERMS);
        PDAcroForm form = source.getDocumentCatalog().getAcroForm();
        if (form == null) {
            return;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField && field.getCOSObject().containsKey(COSName.V)) {
                field.getCOSObject().removeItem(COSName.V);
                field.getCOSObject().removeItem(COSName.getPDFName("Lock"));
            }
        }
        form.getCOSObject().removeItem(COSName.SIG_FLAGS);
    }

    private static void dropConformanceClaim(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        XMPMetadata xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            xmp = parser.parse(in);
        } catch (org.apache.xmpbox.xml.XmpParsingException e) {
            throw new IOException(e);
        }
        for (XMPSchema schema : new ArrayList<>(xmp.getAllSchemas())) {
            if (CONFORMANCE_NAMESPACES.contains(schema.getNamespace())) {
                xmp.removeSchema(schema);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata replaced = new PDMetadata(document, new java.io.ByteArrayInputStream(out.toByteArray()));
        document.getDocumentCatalog().setMetadata(replaced);
    }
}
