package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The typographic rules of the house style (templates/shared/hus.css and the vocabulary macros), each on a fixture
 * built to break it: the same block is placed at many heights on the page, so that without the rule one of them lands
 * where the rule forbids (a heading last on a page, one table row alone, a caption away from its table …). Rendered
 * through the {@code dokument} template, as any document using the house style is.
 */
class LayoutRulesTest extends IntegrationTest {

    private static final String TITLE = "Layoutprov";

    @Test
    void aHeadingNeverEndsAPage() throws IOException {
        ArrayNode sections = Api.JSON.createArrayNode();
        for (int i = 1; i <= 60; i++) {
            ObjectNode s = sections.addObject().put("rubrik", "Rubrik " + i).put("niva", 2 + i % 3);
            s.putArray("innehall").addObject().put("stycke", words("r" + i, 8 + (i * 7) % 45));
        }
        List<List<String>> pages = render(sections);
        assertThat(pages).hasSizeGreaterThan(4);
        for (int p = 0; p < pages.size() - 1; p++) {
            List<String> lines = pages.get(p);
            assertThat(lines.get(lines.size() - 1)).as("last line of page %d", p + 1).doesNotMatch("(\\d+(\\.\\d+)* )?Rubrik \\d+");
        }
    }

    @Test
    void aCaptionStaysWithItsTableAndHeaderRowsRepeat() throws IOException {
        ArrayNode sections = Api.JSON.createArrayNode();
        ArrayNode blocks = sections.addObject().put("rubrik", "Tabeller").put("niva", 1).putArray("innehall");
        for (int t = 1; t <= 14; t++) {
            blocks.addObject().put("stycke", words("f" + t, 10 + (t * 13) % 70));
            blocks.addObject().set("tabell", table("Tabell " + t + ". Bildtext", "T" + t, 6));
        }
        blocks.addObject().set("tabell", table("Tabell 99. Lång tabell", "L", 90));
        List<List<String>> pages = render(sections);
        for (int t = 1; t <= 14; t++) {
            int caption = pageOf(pages, "Tabell " + t + ". Bildtext");
            assertThat(caption).as("caption of table %d", t).isEqualTo(pageOf(pages, "T" + t + " rad 1 "));
        }
        int first = pageOf(pages, "L rad 1 ");
        int last = pageOf(pages, "L rad 90 ");
        assertThat(last).isGreaterThan(first + 1);
        for (int p = first; p <= last; p++) {
            assertThat(pages.get(p)).as("page %d repeats the column titles", p + 1).contains("Post Belopp Andel");
        }
    }

    @Test
    void aTableNeverLeavesFewerThanTwoRowsOnAPageAndATwoRowTableIsNotSplit() throws IOException {
        ArrayNode sections = Api.JSON.createArrayNode();
        ArrayNode blocks = sections.addObject().put("rubrik", "Tabellrader").put("niva", 1).putArray("innehall");
        for (int t = 1; t <= 70; t++) {
            blocks.addObject().put("stycke", words("g" + t, 2 + (t * 5) % 37));
            blocks.addObject().set("tabell", table(null, "T" + t, t % 3 == 0 ? 2 : 7));
        }
        List<List<String>> pages = render(sections);
        for (int t = 1; t <= 70; t++) {
            Map<Integer, Integer> rowsPerPage = new LinkedHashMap<>();
            int rows = t % 3 == 0 ? 2 : 7;
            for (int r = 1; r <= rows; r++) {
                rowsPerPage.merge(pageOf(pages, "T" + t + " rad " + r + " "), 1, Integer::sum);
            }
            if (rows == 2) {
                assertThat(rowsPerPage).as("two-row table %d on one page", t).hasSize(1);
            } else {
                assertThat(rowsPerPage.values()).as("rows of table %d per page", t).allMatch(n -> n >= 2);
            }
        }
    }

    @Test
    void paragraphsKeepTwoLinesOnEachSideOfAPageBreak() throws IOException {
        ArrayNode sections = Api.JSON.createArrayNode();
        ArrayNode blocks = sections.addObject().put("rubrik", "Stycken").put("niva", 1).putArray("innehall");
        for (int i = 1; i <= 160; i++) {
            blocks.addObject().put("stycke", words("s" + i + "x", i % 2 == 0 ? 28 : 50));
        }
        List<List<String>> pages = render(sections);
        Pattern word = Pattern.compile("\\bs(\\d+)x\\d+\\b");
        Map<Integer, Map<Integer, Integer>> linesPerPage = new LinkedHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (String line : pages.get(p)) {
                Matcher m = word.matcher(line);
                if (m.find()) {
                    linesPerPage.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new LinkedHashMap<>()).merge(p, 1, Integer::sum);
                }
            }
        }
        assertThat(linesPerPage.values()).as("some paragraph is split over a page break").anyMatch(m -> m.size() > 1);
        linesPerPage.forEach((paragraph, perPage) -> {
            if (perPage.size() > 1) {
                assertThat(perPage.values()).as("lines of paragraph %d per page", paragraph).allMatch(n -> n >= 2);
            }
        });
    }

    @Test
    void swedishNoBreaksAndQuotes() throws IOException {
        ArrayNode sections = Api.JSON.createArrayNode();
        ArrayNode blocks = sections.addObject().put("rubrik", "Typografi").put("niva", 1).putArray("innehall");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            text.append("ord".repeat(1 + i % 5)).append(' ').append(switch (i % 5) {
                case 0 -> "d.v.s. samma";
                case 1 -> "enligt § 47 i";
                case 2 -> "uppgick till 2 036 tkr och";
                case 3 -> "sidorna 1 -10 samt";
                default -> "kallad \"samverkan\" och";
            }).append(' ');
        }
        blocks.addObject().put("stycke", text.toString().strip());
        String joined = String.join("\n", render(sections).stream().flatMap(List::stream).toList());
        assertThat(joined).contains("”samverkan”", "1–10").doesNotContain("\"", "1 -10");
        assertThat(joined).doesNotContainPattern("§\\n47|d\\.v\\.\\n|d\\.\\nv\\.|2\\n036|036\\ntkr|1–\\n10|1\\n–10|(^|\\s)”\\n");
    }

    @Test
    void aGridPutsTwoCellsSideBySideAndTheCoverHasNoRunningHeader() throws IOException {
        ArrayNode sections = Api.JSON.createArrayNode();
        ArrayNode blocks = sections.addObject().put("rubrik", "SWOT").put("niva", 1).putArray("innehall");
        ObjectNode grid = blocks.addObject().putObject("rutnat").put("kolumner", 2);
        ArrayNode cells = grid.putArray("celler");
        for (String cell : List.of("Styrkor", "Svagheter", "Möjligheter", "Hot")) {
            ObjectNode c = cells.addObject().put("rubrik", cell);
            c.putArray("innehall").addObject().putArray("lista").add(cell + " punkt ett").add(cell + " punkt två");
        }
        ObjectNode body = request(sections);
        ((ObjectNode) body.get("data")).put("titelsida", true).put("forbund", "Provförbundet");
        byte[] pdf = post(body);
        Map<String, float[]> at = positions(pdf, List.of("Styrkor", "Svagheter", "Möjligheter", "Hot"));
        assertThat(at.get("Styrkor")[1]).as("Styrkor and Svagheter on one row").isCloseTo(at.get("Svagheter")[1], org.assertj.core.data.Offset.offset(1f));
        assertThat(at.get("Möjligheter")[1]).isCloseTo(at.get("Hot")[1], org.assertj.core.data.Offset.offset(1f));
        assertThat(at.get("Möjligheter")[1]).as("second row below the first").isGreaterThan(at.get("Styrkor")[1] + 10);
        assertThat(at.get("Svagheter")[0]).as("second column right of the first").isGreaterThan(at.get("Styrkor")[0] + 150);
        assertThat(at.get("Hot")[0]).isCloseTo(at.get("Svagheter")[0], org.assertj.core.data.Offset.offset(1f));

        List<List<String>> pages = lines(pdf, false);
        assertThat(pages.get(0)).as("the cover has no running header").noneMatch(l -> l.startsWith("Provförbundet · " + TITLE));
        assertThat(pages.get(1).get(0)).as("the next page has it").startsWith("Provförbundet · " + TITLE);
    }

    private static ObjectNode table(String caption, String prefix, int rows) {
        ObjectNode t = Api.JSON.createObjectNode();
        if (caption != null) {
            t.put("rubrik", caption);
        }
        ArrayNode cols = t.putArray("kolumner");
        cols.addObject().put("rubrik", "Post");
        cols.addObject().put("rubrik", "Belopp").put("typ", "belopp");
        cols.addObject().put("rubrik", "Andel").put("typ", "procent");
        ArrayNode r = t.putArray("rader");
        for (int i = 1; i <= rows; i++) {
            r.addArray().add(prefix + " rad " + i + " text").add(i * 100).add(i);
        }
        return t;
    }

    private static String words(String prefix, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(prefix).append(i).append(i % 9 == 0 ? ". " : " ");
        }
        return s.toString().strip() + ".";
    }

    private static int pageOf(List<List<String>> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            for (String line : pages.get(p)) {
                if ((line + " ").contains(text)) {
                    return p;
                }
            }
        }
        throw new AssertionError("\"" + text + "\" is on no page");
    }

    private static ObjectNode request(ArrayNode sections) {
        ObjectNode data = Api.JSON.createObjectNode().put("titel", TITLE).put("datum", "2024-03-22")
                .put("titelsida", false).put("innehallsforteckning", false);
        data.set("avsnitt", sections);
        ObjectNode body = Api.JSON.createObjectNode().put("template", "dokument").put("format", "pdf");
        body.set("data", data);
        return body;
    }

    private byte[] post(ObjectNode body) {
        Api.Response response = api.post("/api/previews", (JsonNode) body, "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    /** The body lines of every page: running header and "Sida X av Y" removed. */
    private List<List<String>> render(ArrayNode sections) throws IOException {
        return lines(post(request(sections)), true);
    }

    private static List<List<String>> lines(byte[] pdf, boolean bodyOnly) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                List<String> lines = new ArrayList<>();
                for (String line : stripper.getText(doc).replace('\u00A0', ' ').split("\\R")) {
                    String l = line.strip();
                    if (!l.isEmpty() && !(bodyOnly && (l.equals(TITLE) || l.matches("Sida \\d+ av \\d+")))) {
                        lines.add(l);
                    }
                }
                pages.add(lines);
            }
        }
        return pages;
    }

    /** Page-space position (x, y from the top) of the first glyph of each word's first occurrence. */
    private static Map<String, float[]> positions(byte[] pdf, List<String> words) throws IOException {
        Map<String, float[]> found = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    for (String w : words) {
                        int i = text.indexOf(w);
                        if (i >= 0 && !found.containsKey(w) && text.strip().equals(w)) {
                            TextPosition g = glyphs.get(i);
                            found.put(w, new float[] {g.getXDirAdj(), g.getYDirAdj() + 1000 * getCurrentPageNo()});
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        assertThat(found).as("grid cell titles found").containsKeys(words.toArray(String[]::new));
        return found;
    }
}
