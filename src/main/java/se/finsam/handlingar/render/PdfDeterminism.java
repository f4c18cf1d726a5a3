package se.finsam.handlingar.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Replaces what makes two renders of the same input differ: the creation and modification dates (info dictionary and
 * XMP, kept equal as PDF/A requires) become the document's own date, and the trailer ID comes from the content.
 */
final class PdfDeterminism {

    /** An opening element {@code <xmp:CreateDate>…<} or an attribute {@code xmp:CreateDate="…"}, never a closing tag. */
    private static final Pattern XMP_DATE = Pattern.compile(
            "((?:<|\\s)xmp:(?:CreateDate|ModifyDate|MetadataDate)(?:>|=\"))([^<\"]*)(<|\")");

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
            String xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            // Rewriting the three date values in place costs microseconds; parsing and re-serialising XMP cost
            // more than the whole layout.
            String xmpDate = documentDate.atStartOfDay(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            String fixed = XMP_DATE.matcher(xmp).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + xmpDate + m.group(3)));
            metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
        }

        byte[] id = java.util.Arrays.copyOf(contentHash, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
