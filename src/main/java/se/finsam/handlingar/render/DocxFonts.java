package se.finsam.handlingar.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.ObfuscatedFontPart;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * The bundled font embedded in the DOCX (its SIL Open Font License allows it), so Word and LibreOffice break lines as
 * the PDF does also where the font is not installed, and a reader can type any character in it. The faces go in
 * whole: the bundled files are small (80–110 kB), and a subset made with fontbox's TTFSubsetter lost the advance width
 * of composite glyphs such as "ö" in the bold and italic faces in LibreOffice. Word embeds fonts "obfuscated"
 * (ECMA-376 Part 1, 17.8.1): the first 32 bytes XOR a key made of the font key GUID's bytes in reverse. The GUID
 * comes from the face's own hash, so the same document gives the same bytes.
 */
final class DocxFonts {

    private static final String[] EMBED = { "embedRegular", "embedBold", "embedItalic", "embedBoldItalic" };

    private DocxFonts() {
    }

    /** Adds the font table to the main document part, with the family's faces embedded. */
    static void addFontTable(MainDocumentPart main, String family, List<FontLibrary.Face> faces)
            throws InvalidFormatException {
        FontTablePart table = new FontTablePart();
        main.addTargetPart(table);
        StringBuilder font = new StringBuilder("<w:font w:name=\"").append(family).append("\">")
                .append("<w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>");
        int number = 0;
        for (int kind = 0; kind < EMBED.length; kind++) {
            FontLibrary.Face face = face(faces, family, kind);
            if (face == null) {
                continue;
            }
            String key = fontKey(face.bytes());
            ObfuscatedFontPart part = new ObfuscatedFontPart(new PartName("/word/fonts/font" + (++number) + ".odttf"));
            part.setContentType(new ContentType("application/vnd.openxmlformats-officedocument.obfuscatedFont"));
            part.setRelationshipType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/font");
            part.setBinaryData(obfuscate(face.bytes(), key));
            String id = table.addTargetPart(part).getId();
            font.append("<w:").append(EMBED[kind]).append(" r:id=\"").append(id).append("\" w:fontKey=\"").append(key)
                    .append("\"/>");
        }
        font.append("</w:font>");
        try {
            table.unmarshal(new java.io.ByteArrayInputStream(("<w:fonts xmlns:w=\"" + DocxWriter.W + "\" xmlns:r=\""
                    + DocxWriter.R + "\">" + font + "</w:fonts>").getBytes(StandardCharsets.UTF_8)));
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new RenderException("DOCX-typsnittstabellen kunde inte skrivas: " + e.getMessage(), e);
        }
    }

    private static FontLibrary.Face face(List<FontLibrary.Face> faces, String family, int kind) {
        boolean bold = kind == 1 || kind == 3;
        boolean italic = kind >= 2;
        return faces.stream().filter(f -> f.family().equals(family) && (f.weight() >= 600) == bold
                && (f.style() == FontStyle.ITALIC) == italic).findFirst().orElse(null);
    }

    /** A GUID in Word's braces form, from the font bytes' SHA-256. */
    static String fontKey(byte[] font) {
        try {
            String hex = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(font), 0, 16);
            return "{" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20, 32) + "}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** XORs the first 32 bytes with the key; applied twice it gives the font back. */
    static byte[] obfuscate(byte[] font, String fontKey) {
        byte[] guid = HexFormat.of().parseHex(fontKey.replaceAll("[{}-]", ""));
        byte[] out = font.clone();
        for (int i = 0; i < Math.min(32, out.length); i++) {
            out[i] ^= guid[15 - (i % 16)];
        }
        return out;
    }
}
