package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;

class DocxFontsTest {

    @Test
    void obfuscationIsItsOwnInverseAndTouchesOnlyTheFirst32Bytes() {
        byte[] font = new byte[100];
        for (int i = 0; i < font.length; i++) {
            font[i] = (byte) i;
        }
        String key = DocxFonts.fontKey(font);
        assertThat(key).matches("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}");
        byte[] hidden = DocxFonts.obfuscate(font, key);
        assertThat(hidden).isNotEqualTo(font);
        assertThat(java.util.Arrays.copyOfRange(hidden, 32, 100)).isEqualTo(java.util.Arrays.copyOfRange(font, 32, 100));
        assertThat(DocxFonts.obfuscate(hidden, key)).isEqualTo(font);
    }

    @Test
    void aPackageWithTheEmbeddedFontSaves() throws Exception {
        FontLibrary fonts = new FontLibrary();
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        DocxFonts.addFontTable(pkg.getMainDocumentPart(), "Carlito", fonts.faces());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        assertThat(out.size()).isGreaterThan(100_000);
    }
}
