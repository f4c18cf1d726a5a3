package se.finsam.handlingar.signing.internal;

import eu.europa.esig.dss.pdf.AbstractPdfObjFactory;
import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawerFactory;
import eu.europa.esig.dss.pdf.visible.SignatureDrawer;
import eu.europa.esig.dss.pades.SignatureImageParameters;

/**
 * DSS's PDFBox services with {@link FieldAppearanceDrawer} as the only drawer. Chosen explicitly: DSS's service
 * discovery would pick one of its own drawers, which either hide the field or draw outside it.
 */
final class FieldAppearanceObjectFactory extends AbstractPdfObjFactory {

    private final PdfBoxSignatureDrawerFactory drawers;

    FieldAppearanceObjectFactory(byte[] fontBytes) {
        this.drawers = new PdfBoxSignatureDrawerFactory() {
            @Override
            public SignatureDrawer getSignatureDrawer(SignatureImageParameters imageParameters) {
                return new FieldAppearanceDrawer(fontBytes);
            }
        };
    }

    @Override
    public PDFSignatureService newPAdESSignatureService() {
        return configure(new PdfBoxSignatureService(PDFServiceMode.SIGNATURE, drawers));
    }

    @Override
    public PDFSignatureService newContentTimestampService() {
        return configure(new PdfBoxSignatureService(PDFServiceMode.CONTENT_TIMESTAMP, drawers));
    }

    @Override
    public PDFSignatureService newSignatureTimestampService() {
        return configure(new PdfBoxSignatureService(PDFServiceMode.SIGNATURE_TIMESTAMP, drawers));
    }

    @Override
    public PDFSignatureService newArchiveTimestampService() {
        return configure(new PdfBoxSignatureService(PDFServiceMode.ARCHIVE_TIMESTAMP, drawers));
    }
}
