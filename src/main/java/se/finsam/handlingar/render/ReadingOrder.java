package se.finsam.handlingar.render;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds where in the tag tree an element drawn at a place on a page belongs: before the structure element of the text
 * right below it (a signature box sits above its name line, beside its label), so that a screen reader meets the field
 * where a sighted reader sees it rather than after the last paragraph.
 */
final class ReadingOrder {

    private ReadingOrder() {
    }

    /** The structure element holding the nearest text below the box that overlaps it horizontally, or null. */
    static PDStructureElement elementBelow(PDStructureTreeRoot root, PDPage page, PlacedBox box) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        float pageHeight = page.getMediaBox().getHeight();
        float boxBottom = pageHeight - box.y();
        int bestMcid = -1;
        float bestY = Float.MAX_VALUE;
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            int[] found = nearestBelow(content, box, boxBottom);
            if (found != null && found[1] < bestY) {
                bestMcid = found[0];
                bestY = found[1];
            }
        }
        if (bestMcid < 0 || root.getParentTree() == null) {
            return null;
        }
        COSArray elements = numberTreeArray(root.getParentTree().getCOSObject(), page.getStructParents());
        if (elements == null || bestMcid >= elements.size()) {
            return null;
        }
        COSBase element = elements.getObject(bestMcid);
        return element instanceof COSDictionary dict ? new PDStructureElement(dict) : null;
    }

    /** {mcid, baseline} of the highest text in this marked content (or nested ones) below the box, or null. */
    private static int[] nearestBelow(PDMarkedContent content, PlacedBox box, float boxBottom) {
        int[] best = null;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition text && content.getMCID() >= 0) {
                float baseline = text.getYDirAdj();
                boolean below = baseline - text.getHeightDir() >= boxBottom - 2f;
                boolean overlaps = text.getXDirAdj() < box.x() + box.width()
                        && text.getXDirAdj() + text.getWidthDirAdj() > box.x();
                if (below && overlaps && (best == null || baseline < best[1])) {
                    best = new int[] { content.getMCID(), (int) baseline };
                }
            } else if (item instanceof PDMarkedContent nested) {
                int[] inner = nearestBelow(nested, box, boxBottom);
                if (inner != null && (best == null || inner[1] < best[1])) {
                    best = inner;
                }
            }
        }
        return best;
    }

    /** Inserts {@code element} before {@code reference} among its parent's kids and makes that parent its parent. */
    static void insertBefore(PDStructureElement element, PDStructureElement reference) {
        PDStructureNode parent = reference.getParent();
        if (parent == null) {
            return;
        }
        element.setParent(parent);
        COSArray array = kidsArray(parent);
        int index = indexOf(array, reference.getCOSObject());
        array.add(index < 0 ? array.size() : index, element.getCOSObject());
    }

    /** The node's kids as an array (a single kid or none becomes one), to insert or move kids in. */
    static COSArray kidsArray(PDStructureNode node) {
        COSBase kids = node.getCOSObject().getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (kids != null) {
            array.add(node.getCOSObject().getItem(COSName.K));
        }
        node.getCOSObject().setItem(COSName.K, array);
        return array;
    }

    static int indexOf(COSArray array, COSDictionary target) {
        for (int i = 0; i < array.size(); i++) {
            COSBase kid = array.get(i);
            COSBase resolved = kid instanceof COSObject o ? o.getObject() : kid;
            if (resolved == target) {
                return i;
            }
        }
        return -1;
    }

    private static COSArray numberTreeArray(COSDictionary node, int key) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSInteger k && k.intValue() == key) {
                    return nums.getObject(i + 1) instanceof COSArray a ? a : null;
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (COSBase kid : List.copyOf(kids.toList())) {
                COSBase resolved = kid instanceof COSObject o ? o.getObject() : kid;
                if (resolved instanceof COSDictionary child) {
                    COSArray limits = child.getCOSArray(COSName.LIMITS);
                    if (limits == null || (limits.getInt(0) <= key && key <= limits.getInt(1))) {
                        COSArray found = numberTreeArray(child, key);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
        }
        return null;
    }
}
