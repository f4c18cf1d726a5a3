package se.finsam.handlingar.signing.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The signature fields of a PDF as its form lists them (no cryptographic checks: see {@link SignatureInspector}).
 */
public final class PdfSignatureFields {

    private PdfSignatureFields() {
    }

    /**
     * @param label the field's alternate name (/TU), e.g. "Justerare Mikael Broman"
     * @param signer the name in the signature dictionary, null while unsigned
     * @param signedAt the signing time in the signature dictionary, null while unsigned
     */
    public record Field(String name, String label, boolean signed, String signer, Instant signedAt) {
    }

    /** In form order; duplicate names (nested fields) appear with their fully qualified names. */
    public static List<Field> read(byte[] pdf) throws IOException {
        List<Field> fields = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                return fields;
            }
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDSignatureField signatureField) {
                    PDSignature signature = signatureField.getSignature();
                    fields.add(new Field(field.getFullyQualifiedName(), field.getAlternateFieldName(),
                            signature != null, signature == null ? null : signature.getName(),
                            signature == null || signature.getSignDate() == null ? null
                                    : signature.getSignDate().toInstant()));
                }
            }
        }
        return fields;
    }
}
