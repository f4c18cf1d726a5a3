package se.finsam.handlingar.render;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Puts a marker where it is read. openhtmltopdf paints a footnote's marker ("2. ") first but tags it after the note's
 * first line, so a screen reader read "Andelen helårsekvivalenter påverkas … Styrelsen har 2. beslutat att …". A
 * {@code Span} whose content is all painted on one page before every preceding sibling's content moves in front of
 * those siblings. Inline text is painted in reading order, so nothing else meets the rule: a span painted after text
 * it follows in the tags stays where it is.
 */
final class MarkerOrder {

    private static final String SPAN = "Span";

    private MarkerOrder() {
    }

    static void apply(PDDocument document) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            visit(document, root, null);
        }
    }

    private static void visit(PDDocument document, PDStructureNode node, PDPage page) {
        List<Object> kids = node.getKids();
        if (node instanceof PDStructureElement element && element.getPage() != null) {
            page = element.getPage();
        }
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement child) {
                visit(document, child, page);
            }
        }
        if (!(node.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray array) || array.size() != kids.size()) {
            return;
        }
        List<long[]> ranges = new ArrayList<>();
        for (Object kid : kids) {
            ranges.add(range(document, kid, page));
        }
        for (int k = 1; k < kids.size(); k++) {
            long[] span = kids.get(k) instanceof PDStructureElement e && SPAN.equals(e.getStructureType()) ? ranges.get(k) : null;
            if (span == null) {
                continue;
            }
            int to = k;
            while (to > 0 && ranges.get(to - 1) != null && ranges.get(to - 1)[0] == span[0] && ranges.get(to - 1)[1] > span[2]) {
                to--;
            }
            if (to < k) {
                COSBase moved = array.get(k);
                array.remove(k);
                array.add(to, moved);
                ranges.add(to, ranges.remove(k));
                kids = node.getKids();
            }
        }
    }

    /** {page index, lowest mcid, highest mcid} of everything under {@code kid}, or null when not all on one page. */
    private static long[] range(PDDocument document, Object kid, PDPage page) {
        if (kid instanceof Integer mcid) {
            return page == null ? null : new long[] {document.getPages().indexOf(page), mcid, mcid};
        }
        if (kid instanceof PDMarkedContentReference reference) {
            PDPage on = reference.getPage() != null ? reference.getPage() : page;
            return on == null ? null : new long[] {document.getPages().indexOf(on), reference.getMCID(), reference.getMCID()};
        }
        if (kid instanceof PDStructureElement element) {
            PDPage on = element.getPage() != null ? element.getPage() : page;
            long[] total = null;
            for (Object inner : element.getKids()) {
                long[] r = range(document, inner, on);
                if (r == null || total != null && r[0] != total[0]) {
                    return null;
                }
                total = total == null ? r : new long[] {total[0], Math.min(total[1], r[1]), Math.max(total[2], r[2])};
            }
            return total;
        }
        return null;
    }
}
