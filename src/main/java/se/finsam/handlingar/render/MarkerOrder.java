package se.finsam.handlingar.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
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
            Map<COSDictionary, Integer> pages = new HashMap<>();
            for (PDPage page : document.getPages()) {
                pages.put(page.getCOSObject(), pages.size());
            }
            visit(pages, root, null);
        }
    }

    /**
     * Reorders the node's kids (after its descendants') and returns the node's {page index, lowest mcid, highest mcid},
     * or null when its content is not all on one page; each node's range is computed once, from its kids'.
     */
    private static long[] visit(Map<COSDictionary, Integer> pages, PDStructureNode node, PDPage page) {
        List<Object> kids = new ArrayList<>(node.getKids());
        if (node instanceof PDStructureElement element && element.getPage() != null) {
            page = element.getPage();
        }
        List<long[]> ranges = new ArrayList<>();
        for (Object kid : kids) {
            ranges.add(range(pages, kid, page));
        }
        if (node.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray array && array.size() == kids.size()) {
            for (int k = 1; k < kids.size(); k++) {
                long[] span = kids.get(k) instanceof PDStructureElement e && SPAN.equals(e.getStructureType())
                        ? ranges.get(k) : null;
                if (span == null) {
                    continue;
                }
                int to = k;
                while (to > 0 && ranges.get(to - 1) != null && ranges.get(to - 1)[0] == span[0]
                        && ranges.get(to - 1)[1] > span[2]) {
                    to--;
                }
                if (to < k) {
                    COSBase moved = array.get(k);
                    array.remove(k);
                    array.add(to, moved);
                    ranges.add(to, ranges.remove(k));
                    kids.add(to, kids.remove(k));
                }
            }
        }
        long[] total = null;
        for (long[] r : ranges) {
            if (r == null || total != null && r[0] != total[0]) {
                return null;
            }
            total = total == null ? r : new long[] {total[0], Math.min(total[1], r[1]), Math.max(total[2], r[2])};
        }
        return total;
    }

    /** A kid's range: a marked content on its page, or what {@link #visit} gives for a structure element. */
    private static long[] range(Map<COSDictionary, Integer> pages, Object kid, PDPage page) {
        if (kid instanceof Integer mcid) {
            return at(pages, page, mcid);
        }
        if (kid instanceof PDMarkedContentReference reference) {
            return at(pages, reference.getPage() != null ? reference.getPage() : page, reference.getMCID());
        }
        if (kid instanceof PDStructureElement element) {
            return visit(pages, element, page);
        }
        return null;
    }

    private static long[] at(Map<COSDictionary, Integer> pages, PDPage page, int mcid) {
        Integer index = page == null ? null : pages.get(page.getCOSObject());
        return index == null ? null : new long[] {index, mcid, mcid};
    }
}
