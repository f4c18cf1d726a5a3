package se.finsam.handlingar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text of a PDF, whole or per page, with line breaks normalised and no-break spaces kept.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }

    /**
     * The text in the document's logical reading order, the order of its structure tree (PDF/UA tags) as a screen
     * reader reads it: a table cell by cell, each cell's lines together, where {@link #of} reads across the page line by
     * line and so interleaves the lines of cells that stand side by side. Running headers and footers are artifacts
     * and not part of it. A table's header row that repeats on each page the table runs onto is read once: a header
     * cell's content on a later page than its first is the repetition. A PDF without a structure tree gives {@link #of}.
     */
    public static String inReadingOrder(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                return of(pdf);
            }
            Map<PDPage, Map<Integer, PDMarkedContent>> contents = new HashMap<>();
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, PDMarkedContent> byId = new HashMap<>();
                extractor.getMarkedContents().forEach(m -> index(m, byId));
                contents.put(page, byId);
            }
            StringBuilder out = new StringBuilder();
            read(root.getKids(), null, contents, out, null);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void index(PDMarkedContent content, Map<Integer, PDMarkedContent> byId) {
        if (content.getMCID() >= 0) {
            byId.putIfAbsent(content.getMCID(), content);
        }
        for (Object child : content.getContents()) {
            if (child instanceof PDMarkedContent inner) {
                index(inner, byId);
            }
        }
    }

    private static void read(List<Object> kids, PDPage page, Map<PDPage, Map<Integer, PDMarkedContent>> contents,
            StringBuilder out, PDPage[] headerPage) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                PDPage on = element.getPage() != null ? element.getPage() : page;
                read(element.getKids(), on, contents, out,
                        headerPage == null && "TH".equals(element.getStructureType()) ? new PDPage[1] : headerPage);
            } else if (kid instanceof Integer mcid) {
                if (firstPage(headerPage, page)) {
                    text(contents.getOrDefault(page, Map.of()).get(mcid), out);
                }
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                if (firstPage(headerPage, on)) {
                    text(contents.getOrDefault(on, Map.of()).get(reference.getMCID()), out);
                }
            }
        }
    }

    /** Outside a header cell always true; inside one, whether this content is on the cell's first page. */
    private static boolean firstPage(PDPage[] headerPage, PDPage page) {
        if (headerPage == null) {
            return true;
        }
        if (headerPage[0] == null) {
            headerPage[0] = page;
        }
        return headerPage[0].equals(page);
    }

    /** A marked content's glyphs, with a space where the next glyph starts on another line or after a gap. */
    private static void text(PDMarkedContent content, StringBuilder out) {
        if (content == null) {
            return;
        }
        TextPosition previous = null;
        for (Object child : content.getContents()) {
            if (child instanceof TextPosition glyph) {
                if (previous != null && (Math.abs(glyph.getYDirAdj() - previous.getYDirAdj()) > 1
                        || glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > glyph.getWidthOfSpace() / 2)) {
                    out.append(' ');
                }
                out.append(glyph.getUnicode());
                previous = glyph;
            }
        }
        out.append(' ');
    }

    public static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replace("\r\n", "\n"));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
