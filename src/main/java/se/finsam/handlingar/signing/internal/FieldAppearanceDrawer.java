package se.finsam.handlingar.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawer;

/**
 * Draws a signature into an existing field without moving anything: PDFBox replaces a signed widget's appearance
 * with the one in a template document, so the template carries the field's own appearance (its frame) plus the
 * signer's lines (name, role, date) in the bundled font, subset-embedded, shrunk to fit inside the box. With no
 * lines the field keeps exactly its old appearance. The template is a separately saved document so that PDFBox
 * subsets the font; the result is byte-identical for identical input, which two-step signing needs.
 */
final class FieldAppearanceDrawer implements PdfBoxSignatureDrawer {

    private static final float PADDING = 3f;
    private static final float MAX_FONT_SIZE = 9f;
    private static final float MIN_FONT_SIZE = 4f;
    private static final float LEADING = 1.18f;

    private final byte[] fontBytes;
    private SignatureImageParameters parameters;
    private PDDocument document;
    private SignatureOptions options;

    FieldAppearanceDrawer(byte[] fontBytes) {
        this.fontBytes = fontBytes;
    }

    @Override
    public void init(SignatureImageParameters parameters, PDDocument document, SignatureOptions options) {
        this.parameters = parameters;
        this.document = document;
        this.options = options;
    }

    @Override
    public void draw() throws IOException {
        String fieldName = parameters.getFieldParameters().getFieldId();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        PDField field = form == null ? null : form.getField(fieldName);
        if (!(field instanceof PDSignatureField signatureField) || signatureField.getWidgets().isEmpty()) {
            throw new IllegalArgumentException("No signature field named " + fieldName);
        }
        PDAnnotationWidget widget = signatureField.getWidgets().get(0);
        PDRectangle rect = widget.getRectangle();
        float width = rect.getWidth();
        float height = rect.getHeight();
        byte[] ownContent = ownAppearanceContent(widget);
        String text = parameters.getTextParameters() == null ? null : parameters.getTextParameters().getText();
        List<String> lines = text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
        options.setVisualSignature(new ByteArrayInputStream(template(width, height, ownContent, lines)));
    }

    /** The field's current normal appearance, when it draws without resources (as the service's fields do). */
    private static byte[] ownAppearanceContent(PDAnnotationWidget widget) throws IOException {
        PDAppearanceDictionary appearance = widget.getAppearance();
        if (appearance == null || appearance.getNormalAppearance() == null
                || !appearance.getNormalAppearance().isStream()) {
            return new byte[0];
        }
        PDAppearanceStream stream = appearance.getNormalAppearance().getAppearanceStream();
        PDResources resources = stream.getResources();
        if (resources != null && resources.getCOSObject().size() > 0) {
            return new byte[0];
        }
        COSStream cos = stream.getCOSObject();
        try (var in = cos.createInputStream()) {
            return in.readAllBytes();
        }
    }

    private byte[] template(float width, float height, byte[] ownContent, List<String> lines) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(width, height));
            widget.setPage(page);

            PDAppearanceStream stream = new PDAppearanceStream(template);
            stream.setBBox(new PDRectangle(width, height));
            stream.setResources(new PDResources());
            try (var out = stream.getCOSObject().createOutputStream()) {
                out.write(ownContent);
                out.write('\n');
                if (!lines.isEmpty()) {
                    PDFont font = PDType0Font.load(template, new ByteArrayInputStream(fontBytes), true);
                    out.write(textContent(template, stream, font, width, height, lines));
                }
            }
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            page.getAnnotations().add(widget);
            form.getFields().add(field);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            template.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** The lines, left-aligned from the top, at the largest size (at most 9 pt) at which all fit inside the box. */
    private static byte[] textContent(PDDocument template, PDAppearanceStream stream, PDFont font, float width,
            float height, List<String> lines) throws IOException {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, font.getStringWidth(line) / 1000f);
        }
        float size = MAX_FONT_SIZE;
        size = Math.min(size, (width - 2 * PADDING) / Math.max(widest, 0.001f));
        size = Math.min(size, (height - 2 * PADDING) / (lines.size() * LEADING));
        size = Math.max(size, MIN_FONT_SIZE);
        float ascent = font.getFontDescriptor().getAscent() / 1000f * size;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the content is written into a scratch appearance stream of the template and its bytes taken from there
        PDAppearanceStream scratch = new PDAppearanceStream(template);
        scratch.setResources(stream.getResources());
        try (PDPageContentStream content = new PDPageContentStream(template, scratch, out)) {
            content.saveGraphicsState();
            content.addRect(0, 0, width, height);
            content.clip();
            content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            content.beginText();
            content.setFont(font, size);
            content.setLeading(size * LEADING);
            content.newLineAtOffset(PADDING, height - PADDING - ascent);
            List<String> remaining = new ArrayList<>(lines);
            content.showText(remaining.remove(0));
            for (String line : remaining) {
                content.newLine();
                content.showText(line);
            }
            content.endText();
            content.restoreGraphicsState();
        }
        return out.toByteArray();
    }
}
