package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.TestTemplates;

/**
 * Tables in the DOCX are laid out as the PDF lays them out: a cell spanning rows is a vertically merged cell (the
 * rows below keep their cells in their own columns), columns are as wide as in the PDF, and boxes side by side that
 * the PDF wraps onto two lines (a 2×2 grid) are two rows.
 */
class DocxTableTest {

    private final DocumentRenderer renderer;

    DocxTableTest() throws IOException {
        renderer = TestRenderers.roomy();
    }

    private String documentXml(String body, String css) throws IOException {
        byte[] docx = renderer.render(new RenderRequest(TestTemplates.page("Tabeller", body, css), Map.of(), OutputFormat.DOCX,
                null)).content();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /** Each row's cells as text, a merged continuation as "^". */
    private static List<List<String>> rows(String xml) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<w:tr\\b.*?</w:tr>", Pattern.DOTALL).matcher(xml);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<w:tc>(.*?)</w:tc>", Pattern.DOTALL).matcher(row.group());
            while (cell.find()) {
                if (cell.group(1).contains("<w:vMerge/>")) {
                    cells.add("^");
                    continue;
                }
                StringBuilder text = new StringBuilder();
                Matcher t = Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>").matcher(cell.group(1));
                while (t.find()) {
                    text.append(t.group(1));
                }
                cells.add(text.toString().strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<Integer> gridColumns(String xml) {
        List<Integer> widths = new ArrayList<>();
        Matcher m = Pattern.compile("<w:gridCol w:w=\"(\\d+)\"/>").matcher(xml);
        while (m.find()) {
            widths.add(Integer.parseInt(m.group(1)));
        }
        return widths;
    }

    @Test
    void aCellSpanningRowsKeepsTheRowsBelowInTheirColumns() throws IOException {
        String xml = documentXml("""
                <table><tbody>
                <tr><th scope="row" rowspan="3">Beslutande</th><td>Peter Vigren</td><td>ordförande</td></tr>
                <tr><td>Mahmoud Alturk</td><td>Region Västerbotten</td></tr>
                <tr><td>Anna Frej</td><td>Vännäs kommun</td></tr>
                <tr><th scope="row">Sekreterare</th><td>Johanna</td><td></td></tr>
                </tbody></table>""", "");
        assertThat(rows(xml)).containsExactly(
                List.of("Beslutande", "Peter Vigren", "ordförande"),
                List.of("^", "Mahmoud Alturk", "Region Västerbotten"),
                List.of("^", "Anna Frej", "Vännäs kommun"),
                List.of("Sekreterare", "Johanna", ""));
        assertThat(xml).containsOnlyOnce("<w:vMerge w:val=\"restart\"/>");
    }

    @Test
    void columnsAreAsWideAsThePdfMadeThem() throws IOException {
        String xml = documentXml("""
                <table><tbody>
                <tr><td class="a">Kort</td><td class="b">En längre text som tar mer plats</td></tr>
                </tbody></table>""", "table { width: 160mm; border-collapse: collapse; } td.a { width: 40mm; } td { padding: 0; }");
        // 40 mm = 2268 twips, 120 mm = 6803 twips (as laid out, rounded)
        assertThat(gridColumns(xml)).hasSize(2);
        assertThat(gridColumns(xml).get(0)).isBetween(2258, 2278);
        assertThat(gridColumns(xml).get(1)).isBetween(6793, 6813);
    }

    @Test
    void boxesThePdfWrapsOntoTwoLinesAreTwoRows() throws IOException {
        String xml = documentXml("""
                <div class="rutnat">
                <div class="cell"><p>Styrkor</p></div><div class="cell"><p>Svagheter</p></div>
                <div class="cell"><p>Möjligheter</p></div><div class="cell"><p>Hot</p></div>
                </div>""", ".cell { display: inline-block; width: 49%; border: 0.5pt solid #888; padding: 2mm; box-sizing: border-box; }");
        assertThat(rows(xml)).containsExactly(List.of("Styrkor", "Svagheter"), List.of("Möjligheter", "Hot"));
        assertThat(xml).contains("<w:left w:val=\"single\"");
    }
}
