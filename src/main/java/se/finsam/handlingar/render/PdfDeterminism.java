package se.finsam.handlingar.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Replaces what makes two renders of the same input differ: the creation and modification dates (info dictionary and
 * XMP, kept equal as PDF/A requires) become the document's own date, and the trailer ID comes from the content.
 */
final class PdfDeterminism {

    private PdfDeterminism() {
    }

    static void apply(PDDocument document, LocalDate documentDate, byte[] contentHash) throws IOException {
        Calendar date = GregorianCalendar.from(documentDate.atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);

        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            XMPMetadata xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = new DomXmpParser().parse(in);
            } catch (XmpParsingException e) {
                throw new IOException("XMP metadata could not be read", e);
            }
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new XmpSerializer().serialize(xmp, out, true);
            } catch (Exception e) {
                throw new IOException("XMP metadata could not be written", e);
            }
            metadata.importXMPMetadata(out.toByteArray());
        }

        byte[] id = java.util.Arrays.copyOf(contentHash, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
