package se.finsam.handlingar.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Looks at a signed PDF as a reader and a screen reader would. */
final class SignedPdfChecks {

    private SignedPdfChecks() {
    }

    record Box(int page, PDRectangle rect) {
    }

    /** The boxes of the signed fields, checking each draws its lines in a subset-embedded Carlito. */
    static List<Box> signedBoxesWithEmbeddedSubsetFont(byte[] pdf) {
        List<Box> boxes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (field instanceof PDSignatureField signature && signature.getSignature() != null) {
                    PDAnnotationWidget widget = signature.getWidgets().get(0);
                    assertThat(widget.getRectangle().getWidth()).as("visible").isGreaterThan(50);
                    assertThat(widget.isPrinted()).isTrue();
                    assertThat(widget.getStructParent()).as("still tagged").isGreaterThanOrEqualTo(0);
                    PDResources resources = widget.getAppearance().getNormalAppearance().getAppearanceStream().getResources();
                    List<PDFont> fonts = new ArrayList<>();
                    for (COSName name : resources.getFontNames()) {
                        fonts.add(resources.getFont(name));
                    }
                    assertThat(fonts).as(field.getFullyQualifiedName()).hasSize(1);
                    PDFont font = fonts.get(0);
                    assertThat(font.getName()).matches("[A-Z]{6}\\+Carlito.*");
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                            .as("embedded").isNotNull();
                    int page = document.getPages().indexOf(widget.getPage());
                    boxes.add(new Box(page < 0 ? 0 : page, widget.getRectangle()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boxes;
    }

    /**
     * Renders the page of each box before and after signing at 1 px per point: every pixel outside the boxes is the
     * same, and each box has new ink (the signer's lines).
     */
    static void onlyTheBoxesChanged(byte[] unsigned, byte[] signed, List<Box> boxes) {
        try (PDDocument before = Loader.loadPDF(unsigned); PDDocument after = Loader.loadPDF(signed)) {
            for (int page = 0; page < after.getNumberOfPages(); page++) {
                BufferedImage a = new PDFRenderer(before).renderImageWithDPI(page, 72);
                BufferedImage b = new PDFRenderer(after).renderImageWithDPI(page, 72);
                float height = after.getPage(page).getMediaBox().getHeight();
                int outside = 0;
                int[] inside = new int[boxes.size()];
                for (int y = 0; y < a.getHeight(); y++) {
                    for (int x = 0; x < a.getWidth(); x++) {
                        if (a.getRGB(x, y) == b.getRGB(x, y)) {
                            continue;
                        }
                        int hit = -1;
                        for (int i = 0; i < boxes.size(); i++) {
                            Box box = boxes.get(i);
                            PDRectangle r = box.rect();
                            if (box.page() == page && x >= r.getLowerLeftX() - 1 && x <= r.getUpperRightX() + 1
                                    && y >= height - r.getUpperRightY() - 1 && y <= height - r.getLowerLeftY() + 1) {
                                hit = i;
                            }
                        }
                        if (hit < 0) {
                            outside++;
                        } else {
                            inside[hit]++;
                        }
                    }
                }
                assertThat(outside).as("pixels changed outside the signature boxes on page " + (page + 1)).isZero();
                for (int i = 0; i < boxes.size(); i++) {
                    if (boxes.get(i).page() == page) {
                        assertThat(inside[i]).as("ink inside box " + i).isGreaterThan(100);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Structure types and Form labels in reading (depth-first) order. */
    static List<String> readingOrder(byte[] pdf) {
        List<String> order = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                walk(kid, order);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return order;
    }

    private static void walk(Object node, List<String> order) {
        if (node instanceof PDStructureElement element) {
            order.add("Form".equals(element.getStructureType())
                    ? "Form:" + element.getAlternateDescription() + " in " + ((PDStructureElement) element.getParent()).getStructureType()
                    : element.getStructureType());
            for (Object kid : element.getKids()) {
                walk(kid, order);
            }
        }
    }
}
