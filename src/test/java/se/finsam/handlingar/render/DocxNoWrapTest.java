package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.TestTemplates;

/** What the stylesheet keeps on one line ({@code white-space: nowrap}) stays on one line in Word and LibreOffice. */
class DocxNoWrapTest {

    @Test
    void spacesAndDashesInNoWrapTextDoNotBreak() throws IOException {
        DocumentRenderer renderer = TestRenderers.roomy();
        byte[] docx = renderer.render(new RenderRequest(TestTemplates.page("Hel",
                "<p>viktats på en skala <span class=\"hel\">1–10</span> och <span class=\"hel\">2 036 tkr</span>, "
                        + "men 3–4 får brytas</p>", ".hel { white-space: nowrap; }"), Map.of(), OutputFormat.DOCX, null))
                .content();
        String xml = documentXml(docx);
        assertThat(xml).contains("1–\u206010").contains("2\u00a0036\u00a0tkr").contains("men 3–4 får brytas");
    }

    @Test
    void onlyBreakOpportunitiesChange() {
        assertThat(DocxText.unbreakable("a-b / c–d—")).isEqualTo("a-\u2060b\u00a0/\u2060\u00a0c–\u2060d—");
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
