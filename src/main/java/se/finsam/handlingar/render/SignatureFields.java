package se.finsam.handlingar.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Puts an unsigned, visible signature field over every laid-out element whose id matches a pattern, so the PDF can be
 * signed in any PDF signing tool. Keeps PDF/A-2 and PDF/UA-1: each widget prints, has an appearance stream, a tooltip
 * (TU) and a {@code Form} structure element in the tag tree; pages with fields get tab order by structure.
 *
 * <pre>{@code
 * <div class="signatur" id="signatur-ordforande"></div>   (template: an empty box with an id, a width and a height;
 *                                                          display: inline-block and no margin, since the layout reports the margin box
 *                                                          and block margins of neighbours collapse into it)
 * SignatureFields.forBoxes("signatur-.*", id -> "Ordförande Peter Vigren")
 * }</pre>
 */
public final class SignatureFields implements PdfFinishing {

    private final String idRegex;
    private final Function<String, String> labelForId;

    private SignatureFields(String idRegex, Function<String, String> labelForId) {
        this.idRegex = idRegex;
        this.labelForId = labelForId;
    }

    /**
     * @param idRegex ids of the elements to cover; each id becomes the field name
     * @param labelForId the text a screen reader and a signing tool show for the field, e.g. "Justerare Mikael Broman"
     */
    public static SignatureFields forBoxes(String idRegex, Function<String, String> labelForId) {
        return new SignatureFields(idRegex, labelForId);
    }

    /**
     * One invisible signature field (zero-size rectangle on the first page, still printed and tagged), e.g. for an
     * organisation seal that has no place on the page.
     */
    public static PdfFinishing invisible(String name, String label) {
        return (document, layout) -> new SignatureFields("^$", id -> label).finish(document,
                regex -> List.of(new PlacedBox(name, 0, 0, 0, 0, 0)));
    }

    @Override
    public void finish(PDDocument document, Layout layout) throws IOException {
        List<PlacedBox> boxes = layout.boxesWithIdMatching(idRegex);
        if (boxes.isEmpty()) {
            return;
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDAcroForm form = catalog.getAcroForm(null);
        if (form == null) {
            form = new PDAcroForm(document);
            catalog.setAcroForm(form);
        }
        form.setSignaturesExist(true);
        form.setAppendOnly(true);
        List<org.apache.pdfbox.pdmodel.interactive.form.PDField> fields = new ArrayList<>(form.getFields());
        for (PlacedBox box : boxes) {
            PDPage page = document.getPage(box.pageIndex());
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(box.id());
            String label = labelForId.apply(box.id());
            field.setAlternateFieldName(label);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(box.x(), box.y(), box.width(), box.height()));
            widget.setPage(page);
            widget.setPrinted(true);
            widget.setAppearance(appearance(document, box.width(), box.height()));
            List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
            annotations.add(widget);
            page.setAnnotations(annotations);
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            fields.add(field);
            tag(catalog, page, box, widget, label);
        }
        form.setFields(fields);
    }

    private static PDAppearanceDictionary appearance(PDDocument document, float width, float height) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(width, height));
        stream.setResources(new PDResources());
        if (width <= 0 || height <= 0) {
            PDAppearanceDictionary empty = new PDAppearanceDictionary();
            empty.setNormalAppearance(stream);
            return empty;
        }
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            content.setStrokingColor(0.45f, 0.45f, 0.45f);
            content.setLineWidth(0.5f);
            content.addRect(0.25f, 0.25f, width - 0.5f, height - 0.5f);
            content.stroke();
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /**
     * Adds a Form structure element referring to the widget, and the widget's entry in the parent tree. The element
     * goes where the box is read: before the text right below it (the name under a signature line), else last.
     */
    private static void tag(PDDocumentCatalog catalog, PDPage page, PlacedBox box, PDAnnotationWidget widget,
            String label) throws IOException {
        PDStructureTreeRoot root = catalog.getStructureTreeRoot();
        if (root == null) {
            return;
        }
        PDStructureElement below = ReadingOrder.elementBelow(root, page, box);
        PDStructureElement parent = documentElement(root);
        PDStructureElement formElement = new PDStructureElement(StandardStructureTypes.FORM, parent);
        formElement.setPage(page);
        formElement.setAlternateDescription(label);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        reference.setPage(page);
        formElement.appendKid(reference);
        if (below != null && below.getParent() != null) {
            ReadingOrder.insertBefore(formElement, below);
        } else {
            parent.appendKid(formElement);
        }

        int key = root.getParentTreeNextKey();
        widget.setStructParent(key);
        PDNumberTreeNode parentTree = root.getParentTree();
        if (parentTree == null) {
            parentTree = new PDNumberTreeNode(COSDictionary.class);
            root.setParentTree(parentTree);
        }
        COSDictionary tree = parentTree.getCOSObject();
        COSArray nums = tree.getCOSArray(COSName.NUMS);
        if (nums != null) {
            nums.add(COSInteger.get(key));
            nums.add(formElement.getCOSObject());
        } else {
            COSArray kids = tree.getCOSArray(COSName.KIDS);
            if (kids == null) {
                kids = new COSArray();
                tree.setItem(COSName.KIDS, kids);
            }
            COSDictionary leaf = new COSDictionary();
            COSArray leafNums = new COSArray();
            leafNums.add(COSInteger.get(key));
            leafNums.add(formElement.getCOSObject());
            leaf.setItem(COSName.NUMS, leafNums);
            COSArray limits = new COSArray();
            limits.add(COSInteger.get(key));
            limits.add(COSInteger.get(key));
            leaf.setItem(COSName.LIMITS, limits);
            kids.add(leaf);
        }
        root.setParentTreeNextKey(key + 1);
    }

    private static PDStructureElement documentElement(PDStructureTreeRoot root) throws IOException {
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement element) {
                return element;
            }
        }
        throw new IOException("Tagged PDF without a document structure element");
    }
}
