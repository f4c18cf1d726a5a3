package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.docx4j.jaxb.Context;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.xml.bind.Unmarshaller;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.LibreOffice;
import se.finsam.handlingar.support.PdfText;
import se.finsam.handlingar.support.VisualPages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every fixture as DOCX, opened by LibreOffice: exactly the same words in the same order as the service's own PDF,
 * both read in the logical order of their tags (page header and footer, table-of-contents page numbers, repeated table
 * header rows and the placing of footnotes aside: each follows the program's own pagination), about as many pages, LibreOffice's pages as reviewed ({@code src/test/resources/visual-docx},
 * accepted like the PDF baselines with {@code -Dvisual.accept=true}), the bundled font embedded, every XML part valid
 * for docx4j's schema-bound classes, and the same bytes for the same request.
 */
class DocxFaithfulnessTest extends IntegrationTest {

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .filter(n -> Api.fixtureJson(n).has("template"))
                    // -Ddocx.fixture=verksamhetsplan runs only the fixtures whose names start so
                    .filter(n -> n.startsWith(System.getProperty("docx.fixture", "")))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void docxReadsAsThePdf(String fixture) throws Exception {
        byte[] pdf = render(fixture, "pdf");
        byte[] docx = render(fixture, "docx");
        assertThat(render(fixture, "docx")).as("same request, same bytes").isEqualTo(docx);
        Map<String, String> parts = xmlParts(docx);
        validate(parts);
        assertThat(parts.get("docProps/core.xml")).contains("<dc:language>sv-SE</dc:language>").contains("<dc:title>");
        assertEmbedsTheFont(docx, parts);

        Assumptions.assumeTrue(LibreOffice.available(),
                "LibreOffice is not installed (Debian libreoffice-writer-nogui): the DOCX is not opened");
        Path file = Files.createTempDirectory("docx-").resolve(fixture.replace(".json", ".docx"));
        Files.write(file, docx);
        Files.createDirectories(Path.of("target/docx"));
        Files.write(Path.of("target/docx").resolve(file.getFileName()), docx);
        Files.write(Path.of("target/docx").resolve(fixture.replace(".json", ".pdf")), pdf);
        byte[] office = LibreOffice.toTaggedPdf(file);
        Files.write(Path.of("target/docx").resolve(fixture.replace(".json", ".lo.pdf")), office);

        // Both PDFs are read in the logical order of their tags, as a screen reader reads them: a table cell by cell,
        // running header and footer (artifacts) aside. Read by position instead, the lines of cells wrapped onto two or
        // three lines interleave with their neighbours', differently when one line breaks a word earlier.
        List<String> expected = words(PdfText.inReadingOrder(pdf));
        List<String> actual = words(PdfText.inReadingOrder(office));
        // A word the text lets break at a soft hyphen is one word, on one line or two.
        for (String word : softHyphenated(parts.get("word/document.xml"))) {
            joinBroken(expected, word);
            joinBroken(actual, word);
        }
        // A table-of-contents entry's page number follows each program's own pagination, so it is set aside: in the
        // service's PDF words() drops it with its dot leader; LibreOffice's reading has no leader, only the number after
        // the entry's words.
        int from = 0;
        List<List<String>> entries = tocEntries(parts.get("word/document.xml"));
        for (int e = 0; e < entries.size(); e++) {
            from = dropNumberAfter(actual, entries.get(e), e + 1 < entries.size() ? entries.get(e + 1) : List.of(), from);
        }
        // A footnote sits at the foot of the page its reference falls on, so where it lands among the words follows
        // each program's own page breaks. Each footnote must be there whole, in both; then it is set aside.
        List<List<String>> notes = footnotes(parts.get("word/footnotes.xml"));
        for (int n = 0; n < notes.size(); n++) {
            List<String> footnote = notes.get(n);
            String number = Integer.toString(n + 1);
            assertThat(removeRun(expected, footnote, number)).as(fixture + ": footnote in the PDF: " + footnote).isTrue();
            assertThat(removeRun(actual, footnote, number)).as(fixture + ": footnote in the DOCX: " + footnote).isTrue();
        }
        // A table's header row repeats on each page the table runs onto, so how often it appears follows each
        // program's page breaks: only its first appearance counts, in both.
        for (List<String> header : headerRows(parts.get("word/document.xml"))) {
            keepFirstRun(expected, header);
            keepFirstRun(actual, header);
        }
        // The same words in the same order. The word lists are written to target/docx/*.words for a diff.
        Files.write(Path.of("target/docx").resolve(fixture.replace(".json", ".pdf.words")), expected);
        Files.write(Path.of("target/docx").resolve(fixture.replace(".json", ".docx.words")), actual);
        int common = commonSubsequence(expected, actual);
        int longer = Math.max(expected.size(), actual.size());
        System.out.printf("%s: %d of %d words in the same order (%.1f %%)%n", fixture, common, longer, 100.0 * common / longer);
        assertThat(actual).as(fixture + ": " + common + " of " + longer + " words in the same order; first difference "
                + firstDifference(expected, actual)).isEqualTo(expected);

        // LibreOffice's rendering, reviewed page by page like the PDF's (grey, to keep the pictures small)
        String name = fixture.replace(".json", "");
        VisualPages.assertPagesMatch(VisualPages.pages(office, 96, ImageType.GRAY), Path.of("src/test/resources/visual-docx", name),
                Path.of("target/visual-docx", name), fixture + " as DOCX in LibreOffice");

        int pdfPages = pageCount(pdf);
        int officePages = pageCount(office);
        assertThat(Math.abs(officePages - pdfPages)).as(fixture + ": LibreOffice pages " + officePages + " vs PDF " + pdfPages)
                .isLessThanOrEqualTo(Math.max(1, (int) Math.floor(pdfPages * 0.15)));
    }

    private byte[] render(String fixture, String format) {
        ObjectNode body = (ObjectNode) Api.fixtureJson(fixture);
        body.put("format", format);
        Api.Response response = api.post("/api/previews", (JsonNode) body, "admin");
        assertThat(response.status()).as(fixture + " " + format + ": " + response.text()).isEqualTo(200);
        return response.body();
    }

    static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /**
     * Words in lower case, without the page numbers after table-of-contents leaders (Word and LibreOffice renumber
     * them by their own pagination); letters spaced out by CSS letter-spacing ("U T K A S T") count as one word. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder spaced = new StringBuilder();
        for (String token : text.replace('\u00a0', ' ').replace("\u2060", "").replace("\u00ad", "").replaceAll("\\.{3,}\\s*\\d+", " ").replaceAll("\\.{3,}", " ").split("\\s+")) {
            String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
            if (word.length() == 1 && Character.isLetter(word.charAt(0)) && token.length() == 1) {
                spaced.append(word);
                continue;
            }
            if (!spaced.isEmpty()) {
                words.add(spaced.toString());
                spaced.setLength(0);
            }
            for (String part : word.split("[^\\p{L}\\p{N}]+")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        if (!spaced.isEmpty()) {
            words.add(spaced.toString());
        }
        return words;
    }

    /** The words that hold a soft hyphen (U+00AD), without it. */
    static java.util.Set<String> softHyphenated(String xml) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}\u00ad]*\u00ad[\\p{L}\\p{N}\u00ad]*").matcher(xml);
        while (m.find()) {
            found.add(m.group().replace("\u00ad", "").toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /** Joins two words in a row that are this word broken at a soft hyphen. */
    static void joinBroken(List<String> words, String word) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (word.startsWith(words.get(i)) && word.equals(words.get(i) + words.get(i + 1))) {
                words.set(i, word);
                words.remove(i + 1);
            }
        }
    }

    private static final java.util.regex.Pattern RUN_TEXT = java.util.regex.Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>|</w:p>");

    /** The text of the {@code w:t} runs in a piece of WordprocessingML, entities resolved; a paragraph's end is a space. */
    static String runText(String xml) {
        StringBuilder text = new StringBuilder();
        java.util.regex.Matcher t = RUN_TEXT.matcher(xml);
        while (t.find()) {
            text.append(t.group(1) == null ? " " : t.group(1).replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&"));
        }
        return text.toString();
    }

    /** The words of each real footnote (not Word's separator notes), in document order. */
    static List<List<String>> footnotes(String xml) {
        List<List<String>> notes = new ArrayList<>();
        if (xml == null) {
            return notes;
        }
        java.util.regex.Matcher note = java.util.regex.Pattern.compile("<w:footnote\\b[^>]*>(.*?)</w:footnote>",
                java.util.regex.Pattern.DOTALL).matcher(xml);
        while (note.find()) {
            List<String> words = words(runText(note.group(1)));
            if (!words.isEmpty()) {
                notes.add(words);
            }
        }
        return notes;
    }

    /** The words of each table row marked to repeat as a header, as a run. */
    static List<List<String>> headerRows(String xml) {
        List<List<String>> rows = new ArrayList<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<w:tr\\b[^>]*>(.*?)</w:tr>",
                java.util.regex.Pattern.DOTALL).matcher(xml);
        while (row.find()) {
            if (!row.group(1).contains("<w:tblHeader/>")) {
                continue;
            }
            List<String> words = words(runText(row.group(1)));
            if (!words.isEmpty() && !rows.contains(words)) {
                rows.add(words);
            }
        }
        return rows;
    }

    /** Removes every run of exactly these words after the first. */
    static void keepFirstRun(List<String> words, List<String> run) {
        boolean first = true;
        for (int i = 0; i + run.size() <= words.size(); i++) {
            if (words.subList(i, i + run.size()).equals(run)) {
                if (first) {
                    first = false;
                    i += run.size() - 1;
                } else {
                    words.subList(i, i + run.size()).clear();
                    i--;
                }
            }
        }
    }

    /** Removes the first run of exactly these words, with the note's number just before it; false when absent. */
    static boolean removeRun(List<String> words, List<String> run, String number) {
        for (int i = 0; i + run.size() <= words.size(); i++) {
            if (words.subList(i, i + run.size()).equals(run)) {
                words.subList(i, i + run.size()).clear();
                if (i > 0 && words.get(i - 1).equals(number)) {
                    words.remove(i - 1);
                }
                return true;
            }
        }
        return false;
    }

    /** The words of each table-of-contents entry (paragraph styles TOC1–TOC4) without its page number. */
    static List<List<String>> tocEntries(String xml) {
        List<List<String>> entries = new ArrayList<>();
        java.util.regex.Matcher p = java.util.regex.Pattern.compile("<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val=\"TOC\\d\"/>(.*?)</w:p>",
                java.util.regex.Pattern.DOTALL).matcher(xml);
        while (p.find()) {
            List<String> words = words(runText(p.group(1).replaceAll("(?s)<w:tab/>.*", "")));
            if (!words.isEmpty()) {
                entries.add(words);
            }
        }
        return entries;
    }

    /**
     * After the first run of {@code entry} from {@code from}, drops the page number, unless what follows is the next
     * entry (which may itself start with a number); returns where the search goes on.
     */
    static int dropNumberAfter(List<String> words, List<String> entry, List<String> next, int from) {
        for (int i = from; i + entry.size() <= words.size(); i++) {
            if (words.subList(i, i + entry.size()).equals(entry)) {
                int end = i + entry.size();
                boolean nextFollows = !next.isEmpty() && end + next.size() <= words.size()
                        && words.subList(end, end + next.size()).equals(next);
                if (!nextFollows && end < words.size() && words.get(end).matches("\\d{1,4}")) {
                    words.remove(end);
                }
                return end;
            }
        }
        return from;
    }

    /** Length of the longest common subsequence (words kept in order). */
    static int commonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /** Empty when equal; else the place where they part, with some context. */
    static String firstDifference(List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "word " + i + ": PDF …" + String.join(" ", expected.subList(Math.max(0, i - 8), Math.min(expected.size(), i + 12)))
                        + "… vs DOCX …" + String.join(" ", actual.subList(Math.max(0, i - 8), Math.min(actual.size(), i + 12))) + "…";
            }
        }
        if (expected.size() != actual.size()) {
            return "PDF has " + expected.size() + " words, DOCX " + actual.size() + "; the longer goes on with: "
                    + String.join(" ", (expected.size() > n ? expected : actual).subList(n, Math.min(n + 20, Math.max(expected.size(), actual.size()))));
        }
        return "";
    }

    static Map<String, String> xmlParts(byte[] docx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    /**
     * The four Carlito faces are embedded, obfuscated as Word does; taken back out they are TrueType fonts of family
     * Carlito with a glyph for every character of the document's text.
     */
    static void assertEmbedsTheFont(byte[] docx, Map<String, String> parts) throws IOException {
        assertThat(parts.get("word/settings.xml")).contains("<w:embedTrueTypeFonts/>");
        String table = parts.get("word/fontTable.xml");
        assertThat(table).as("font table").isNotNull().contains("w:name=\"Carlito\"");
        String rels = parts.get("word/_rels/fontTable.xml.rels");
        java.util.regex.Matcher embed = java.util.regex.Pattern
                .compile("<w:embed(Regular|Bold|Italic|BoldItalic)\\s([^>]*)/>").matcher(table);
        java.util.Set<Integer> text = new java.util.TreeSet<>();
        runText(parts.get("word/document.xml")).codePoints()
                // format characters (soft hyphen, word joiner) steer line breaks and draw nothing
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT)
                .forEach(text::add);
        int faces = 0;
        while (embed.find()) {
            String id = attribute(embed.group(2), "r:id");
            String fontKey = attribute(embed.group(2), "w:fontKey");
            java.util.regex.Matcher target = java.util.regex.Pattern
                    .compile("Id=\"" + id + "\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\"" + id + "\"")
                    .matcher(rels);
            assertThat(target.find()).as("relationship " + id).isTrue();
            String path = "word/" + (target.group(1) != null ? target.group(1) : target.group(2)).replaceFirst("^/word/", "");
            byte[] font = binaryPart(docx, path);
            byte[] key = java.util.HexFormat.of().parseHex(fontKey.replaceAll("[{}-]", ""));
            for (int i = 0; i < 32; i++) {
                font[i] ^= key[15 - (i % 16)];
            }
            try (org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font))) {
                assertThat(ttf.getNaming().getFontFamily()).as(path).isEqualTo("Carlito");
                var cmap = ttf.getUnicodeCmapLookup();
                List<String> missing = text.stream().filter(c -> cmap.getGlyphId(c) == 0).map(Character::toString).toList();
                assertThat(missing).as(embed.group(1) + " face lacks glyphs for").isEmpty();
            }
            faces++;
        }
        assertThat(faces).as("embedded Carlito faces").isEqualTo(4);
    }

    static String attribute(String attributes, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + "=\"([^\"]*)\"")
                .matcher(attributes);
        assertThat(m.find()).as(name + " in " + attributes).isTrue();
        return m.group(1);
    }

    static byte[] binaryPart(byte[] docx, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " is not in the DOCX");
    }

    /** docx4j's JAXB classes follow the OOXML schema: an element or attribute they do not know fails here. */
    static void validate(Map<String, String> parts) throws Exception {
        for (Map.Entry<String, String> part : parts.entrySet()) {
            String name = part.getKey();
            if (!name.startsWith("word/") || name.contains("_rels") || name.contains("theme")) {
                continue;
            }
            Unmarshaller unmarshaller = Context.jc.createUnmarshaller();
            List<String> problems = new ArrayList<>();
            unmarshaller.setEventHandler(event -> {
                problems.add(event.getMessage());
                return true;
            });
            unmarshaller.unmarshal(new ByteArrayInputStream(part.getValue().getBytes(StandardCharsets.UTF_8)));
            assertThat(problems).as(name).isEmpty();
        }
    }
}
