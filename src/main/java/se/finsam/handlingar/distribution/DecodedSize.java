package se.finsam.handlingar.distribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Decodes every stream of an uploaded PDF into a counter, never into memory, and stops as soon as the total passes
 * {@link UploadLimits#maxDecodedSize()}. PDFBox's own decoding buffers a whole stream in memory first, which is what a
 * decompression bomb relies on; here each filter writes to a bounded sink (a chain's intermediate stages are capped at
 * {@link #MAX_STAGE}).
 */
final class DecodedSize {

    private static final int MAX_STAGE = 32 * 1024 * 1024;
    private static final List<String> IMAGE_CODECS = List.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode",
            "CCITTFaxDecode", "CCF");

    private DecodedSize() {
    }

    static final class TooLarge extends IOException {
        TooLarge() {
            super("decoded content over the limit");
        }
    }

    static void check(PDDocument document, long fileBytes, UploadLimits limits) {
        long max = limits.maxDecodedSize().toBytes();
        Counter total = new Counter(max);
        try {
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                if (object != null && object.getObject() instanceof COSStream stream) {
                    decode(stream, total);
                }
            }
        } catch (TooLarge e) {
            throw UploadCheck.refused("PDF-filens innehåll packas upp till mer än " + max / (1024 * 1024)
                    + " MB (handlingar.distribution.upload.max-decoded-size) och tas inte emot. Skriv ut filen till "
                    + "en ny PDF och ladda upp den igen.", "upload.decompression-bomb");
        }
        if (total.count > limits.expansionFloor().toBytes() && total.count > fileBytes * limits.maxExpansion()) {
            throw UploadCheck.refused("PDF-filens innehåll packas upp till " + total.count / fileBytes
                    + " gånger filens storlek, mer än " + limits.maxExpansion()
                    + " (handlingar.distribution.upload.max-expansion), och tas inte emot.", "upload.decompression-bomb");
        }
    }

    private static void decode(COSStream stream, Counter total) throws TooLarge {
        List<COSName> filters = new ArrayList<>();
        COSBase declared = stream.getFilters();
        if (declared instanceof COSName name) {
            filters.add(name);
        } else if (declared instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    filters.add(name);
                }
            }
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream input = raw;
            for (int i = 0; i < filters.size(); i++) {
                if (IMAGE_CODECS.contains(filters.get(i).getName())) {
                    input.transferTo(total);
                    return;
                }
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                if (i == filters.size() - 1) {
                    filter.decode(input, total, stream, i);
                    return;
                }
                Counter stage = new Counter(Math.min(MAX_STAGE, total.max - total.count), new ByteArrayOutputStream());
                filter.decode(input, stage, stream, i);
                input = new ByteArrayInputStream(((ByteArrayOutputStream) stage.sink).toByteArray());
            }
            input.transferTo(total);
        } catch (TooLarge e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a stream that cannot be decoded is not a bomb; PDF readers skip it as well
            if (e.getCause() instanceof TooLarge tooLarge) {
                throw tooLarge;
            }
        }
    }

    /** Counts what is written and refuses to go past {@code max}; optionally keeps it. */
    private static final class Counter extends OutputStream {
        private final long max;
        private final OutputStream sink;
        private long count;

        Counter(long max) {
            this(max, OutputStream.nullOutputStream());
        }

        Counter(long max, OutputStream sink) {
            this.max = max;
            this.sink = sink;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            sink.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            sink.write(b, off, len);
        }

        private void add(long n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge();
            }
        }
    }
}
