package se.finsam.handlingar.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an E-ARK SIP (CSIP 2.1 + SIP 2.1, as FGS Paketstruktur 2.0 adopts them) as a ZIP: the root folder named
 * after the package id, {@code METS.xml} with the CSIP profile, {@code metadata/preservation/premis.xml}, the files
 * under {@code representations/} and {@code documentation/}, and the XML schemas under {@code schemas/}. Written with
 * the JDK's StAX writer; the same content always gives the same bytes. The CSIP rules applied are listed in
 * docs/archive.md.
 */
public final class SipWriter {

    public static final String PREMIS_PATH = "metadata/preservation/premis.xml";
    /** The schemas every package carries (CSIPSTR15, CSIP113), shipped from {@code archive/schemas/}. */
    public static final List<String> SCHEMAS = List.of("mets1_12.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd",
            "DILCISExtensionSIPMETS.xsd", "premis-v3-0.xsd");

    private SipWriter() {
    }

    /** The ZIP bytes of the package. */
    public static byte[] write(SipContent content) {
        List<SipContent.File> files = new ArrayList<>(content.files());
        files.sort(Comparator.comparing(SipContent.File::path));
        for (String schema : SCHEMAS) {
            files.add(new SipContent.File("schemas/" + schema, "Schemas", schema(schema), "application/xml",
                    content.created(), new SipContent.Format("Extensible Markup Language", "1.0", "fmt/101"),
                    List.of(), null, null));
        }
        byte[] premis = Premis.write(content, files);
        byte[] mets = Mets.write(content, files, premis);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("METS.xml", mets);
        entries.put(PREMIS_PATH, premis);
        files.forEach(f -> entries.put(f.path(), f.content()));
        return DeterministicZip.write(content.objId(), LocalDateTime.ofInstant(content.created(), ZoneOffset.UTC),
                entries);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String dateTime(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static byte[] schema(String name) {
        try (InputStream in = SipWriter.class.getResourceAsStream("/archive/schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
