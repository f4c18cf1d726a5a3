package se.finsam.handlingar.render;

import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Puts each table's caption inside its table, where it is seen. openhtmltopdf tags a {@code <caption>} as a sibling
 * after the {@code Table} element, so a screen reader met "Tabell 3 …" only after the table's last row, also when the
 * caption is printed above it. PDF/UA wants the caption as the table's first or last kid: first when it is painted
 * before the table's first cell (an earlier page, or earlier on the same page), last otherwise.
 */
final class TableCaptions {

    private static final COSName CAPTION = COSName.getPDFName("Caption");
    private static final COSName TABLE = COSName.getPDFName("Table");

    private TableCaptions() {
    }

    static void apply(PDDocument document) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            visit(document, root);
        }
    }

    private static void visit(PDDocument document, PDStructureNode node) {
        List<Object> kids = node.getKids();
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.get(i) instanceof PDStructureElement element)) {
                continue;
            }
            PDStructureElement table = CAPTION.getName().equals(element.getStructureType()) ? tableBeside(kids, i) : null;
            if (table != null && moveInto(document, node, element, table)) {
                kids = node.getKids();
                i--;
                continue;
            }
            visit(document, element);
        }
    }

    private static PDStructureElement tableBeside(List<Object> kids, int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < kids.size() && kids.get(j) instanceof PDStructureElement e
                    && TABLE.getName().equals(e.getStructureType())) {
                return e;
            }
        }
        return null;
    }

    private static boolean moveInto(PDDocument document, PDStructureNode parent, PDStructureElement caption,
            PDStructureElement table) {
        long[] captionAt = firstContent(document, caption, caption.getPage());
        long[] tableAt = firstContent(document, table, table.getPage());
        if (!(parent.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray parentKids)
                || captionAt == null || tableAt == null) {
            return false;
        }
        boolean before = captionAt[0] < tableAt[0] || captionAt[0] == tableAt[0] && captionAt[1] < tableAt[1];
        int index = ReadingOrder.indexOf(parentKids, caption.getCOSObject());
        if (index < 0) {
            return false;
        }
        parentKids.remove(index);
        COSArray array = ReadingOrder.kidsArray(table);
        array.add(before ? 0 : array.size(), caption.getCOSObject());
        caption.setParent(table);
        return true;
    }

    /** {page index, mcid} of the first marked content in the element's subtree, or null when it has none. */
    private static long[] firstContent(PDDocument document, PDStructureElement element, PDPage page) {
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid && page != null) {
                return new long[] {document.getPages().indexOf(page), mcid};
            }
            if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                if (on != null) {
                    return new long[] {document.getPages().indexOf(on), reference.getMCID()};
                }
            }
            if (kid instanceof PDStructureElement child) {
                long[] found = firstContent(document, child, child.getPage() != null ? child.getPage() : page);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
