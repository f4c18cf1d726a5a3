package se.finsam.handlingar.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP whose bytes depend only on its entries: fixed order, one fixed local time for every entry (no time zone
 * conversion, no extra timestamp fields), fixed compression level, no comment.
 */
final class DeterministicZip {

    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    /** Every entry goes under {@code root/}, in the map's order. */
    static byte[] write(String root, LocalDateTime time, Map<String, byte[]> entries) {
        LocalDateTime stamp = time.isBefore(DOS_EPOCH) ? DOS_EPOCH : time.withNano(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(root + "/" + e.getKey());
                entry.setTimeLocal(stamp);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
