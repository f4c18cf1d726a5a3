package se.finsam.handlingar.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a seed document a rendered document reproduces: the seed (markdown-like plain text, sections start at
 * lines beginning with {@code #}) is cut into sections; each section's words are looked for in order in the rendered
 * text. A word counts as found when it occurs close after the previous found one, or further on (up to
 * {@value #WINDOW} words) where the seed's next words follow it there too, so text in the wrong place or left out
 * shows as missing runs of words. A word found close ahead only past the seed's next words (three in a row) is
 * missing here instead, so a word the rendering changed does not hide the words after it. Every rendered word counts
 * for one seed word at most: no rule below can let a printed word stand for two, so the share found never exceeds what
 * the document prints.
 * <p>
 * The rules below follow from how the seeds were extracted, or from where a rendering legitimately puts what the seed
 * has elsewhere, not from what the documents say; none of them names a word or a line of any seed
 * ({@code SeedCoverageRulesTest} shows each finding what is printed and still reporting what is missing or out of
 * place):
 * <ul>
 * <li><b>Page numbers in the table of contents</b> ("1.2 Om förbundet ..... 5") are not compared: they follow the
 * rendering's pagination (an UTKAST adds its findings pages before the text), while the entry's number and title must
 * be there.</li>
 * <li><b>Furniture</b>: the rendered pages are read without the running header (a first line repeated at the top of
 * several pages) and the "Sida X av Y" footer; they are not in the seeds, and between two words of a paragraph split by
 * a page break they would hide that the words follow each other.</li>
 * <li><b>Links</b>: a link in the seed ({@code [www.x.se](http://www.x.se)}) is its text: the address in brackets is
 * not printed.</li>
 * <li><b>Two readings</b> ({@link #bestOf}): a PDF can be read line by line across the page (by position) or in the
 * order of its structure tree (PDF/UA tags: a table cell by cell, footnotes at the end). The seeds read text line by
 * line and tables cell by cell, and by position the lines of cells wrapped side by side interleave. Each section counts
 * with the reading that finds most of it: every reading holds the same printed words, so none can find a word the
 * document does not print.</li>
 * <li><b>Table rows</b>: a line of tab-separated cells is a table row, read cell by cell (the extraction reads a cell
 * of several lines, such as a protokoll's "Beslutande" names, as one run). A cell of text is looked for where its
 * first words stand together, in its row, else from the start of the row before: a cell spanning several rows (a goal
 * over its indicators) is extracted on one of the rows it spans, not always the first, and may so stand a row later in
 * the seed than in the rendering, or some rows earlier. The row ends where its last cell ends, so such a cell found
 * further on does not carry the reading past the rows between; a whole row printed further on does, and the rows it
 * skipped are reported (two neighbouring rows in swapped order are so not told apart, a row further out of place is).
 * A row that ends far ahead (beyond twice its length) while one of the {@value #FOLLOWING} rows after it stands
 * before that is not printed here, and what it found further on is another, similar row: it counts as missing, and the
 * reading stays where it was, so one missing row does not take the rest of its table with it. A cell of figures only
 * is looked for whole, right after the cell before it, right before the cell after it, or else among the row's cells
 * (read by position a row's figures stand on its first line, amid its wrapped text).</li>
 * <li><b>Duplicate cells</b>: a cell of {@value SeedLines#DUPLICATE} words or more repeating an earlier cell of the same
 * row is read once: a table does not print one sentence twice in a row, the extraction of merged cells does.</li>
 * <li><b>Split-off figure columns</b>: a table of figures only (below at most two heading rows) that follows another
 * table with only blank lines between holds that table's figure columns, which the extraction split off into a table
 * of their own: its rows continue the rows of the table before, first to first.</li>
 * <li><b>Split words</b>: a word split in one text and whole in the other counts, close by and of letters only: a
 * narrow column hyphenates ("Mål- områdets") and the extraction splits words ("impact värdet", "Deltagar nöjdhet");
 * two figures never make one.</li>
 * <li><b>Thousands</b>: a figure the seed writes without a thousands space ("2036") is found grouped by three
 * digits ("2 036"), as the service writes every amount: each group after the first must have three digits, so no two
 * other figures make one.</li>
 * <li><b>Footnotes</b> (seed lines {@code <sup>2</sup> text}, or {@code 1. text} right after a {@code ---} rule) are
 * looked for anywhere in the rendered text, their words in order, without moving the reading: a footnote stands at
 * the foot of its reference's page, and the seed's pages and the rendering's break in different places (in the tags'
 * reading order all footnotes come at the end).</li>
 * <li><b>Table captions</b> (right after a table: a line "Tabell 1. …", or a title, i.e. a short line of at most
 * {@value #NEAR} words that does not end as a sentence) are looked for from the start of the table: the template sets
 * a table's caption above it, the seed's document set it below.</li>
 * </ul>
 */
public final class SeedCoverage {

    static final int WINDOW = 2000;
    static final int NEAR = 12;
    /** How many rows after a row found far ahead are looked for before it. */
    static final int FOLLOWING = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern HEADING = Pattern.compile("^#+\\s*(.*)$");

    private SeedCoverage() {
    }

    public record Section(String heading, int words, int found, List<String> missing) {
        public double share() {
            return words == 0 ? 1.0 : (double) found / words;
        }
    }

    public record Result(List<Section> sections) {
        public int words() {
            return sections.stream().mapToInt(Section::words).sum();
        }

        public int found() {
            return sections.stream().mapToInt(Section::found).sum();
        }

        public double share() {
            return words() == 0 ? 1.0 : (double) found() / words();
        }

        /** Every section that misses words, with the missing runs. */
        public String report() {
            StringBuilder out = new StringBuilder("%d of %d seed words found (%.2f %%)%n".formatted(found(), words(), share() * 100));
            for (Section s : sections) {
                if (s.found() < s.words()) {
                    out.append("  [%s] %d/%d (%.1f %%) missing: %s%n".formatted(s.heading(), s.found(), s.words(),
                            s.share() * 100, String.join(" | ", s.missing())));
                }
            }
            return out.toString();
        }
    }

    /** Words of a text, lower case, with markup, quotation marks, dashes and non-breaking spaces out of the way. */
    public static List<String> words(String text) {
        String plain = Normalizer.normalize(text.replaceAll("<[^>]{1,40}>", " "), Normalizer.Form.NFC)
                .replace('\u00A0', ' ').replace("\u2060", "").replace('\u2011', '-')
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static final Pattern PAGE_FOOTER = Pattern.compile("^\\s*Sida \\d+ av \\d+\\s*$");

    /** The pages' text without running header and "Sida X av Y" footer (see the class comment). */
    public static String withoutFurniture(List<String> pages) {
        java.util.Map<String, Integer> tops = new java.util.HashMap<>();
        for (String page : pages) {
            page.lines().filter(l -> !l.isBlank()).findFirst().ifPresent(l -> tops.merge(l.strip(), 1, Integer::sum));
        }
        StringBuilder out = new StringBuilder();
        for (String page : pages) {
            boolean first = true;
            for (String line : page.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                boolean header = first && tops.getOrDefault(line.strip(), 0) >= 2;
                first = false;
                if (!header && !PAGE_FOOTER.matcher(line).matches()) {
                    out.append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    public static Result measure(String seed, List<String> pages) {
        return measure(seed, withoutFurniture(pages));
    }

    /** The seed measured in each reading of the rendered document; each section with the reading that finds most. */
    public static Result bestOf(String seed, List<String> readings) {
        List<Section> best = null;
        for (String reading : readings) {
            List<Section> sections = measure(seed, reading).sections();
            if (best == null) {
                best = new ArrayList<>(sections);
                continue;
            }
            for (int i = 0; i < sections.size(); i++) {
                if (sections.get(i).found() > best.get(i).found()) {
                    best.set(i, sections.get(i));
                }
            }
        }
        return new Result(best == null ? List.of() : List.copyOf(best));
    }

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)\\s]*\\)");

    public static Result measure(String seed, String rendered) {
        seed = LINK.matcher(seed).replaceAll("$1");
        List<String> target = words(rendered);
        List<Section> sections = new ArrayList<>();
        String heading = "(början)";
        StringBuilder body = new StringBuilder();
        int[] at = {0};
        for (String line : seed.split("\n")) {
            Matcher h = HEADING.matcher(line.strip());
            if (h.matches()) {
                if (!body.isEmpty()) {
                    sections.add(section(heading, body.toString(), target, at));
                }
                heading = h.group(1).replace("*", "").strip();
                body.setLength(0);
            }
            body.append(line).append('\n');
        }
        if (!body.isEmpty()) {
            sections.add(section(heading, body.toString(), target, at));
        }
        return new Result(sections);
    }

    static boolean followedBy(List<String> words, int i, List<String> target, int j) {
        int checked = 0;
        int t = j + 1;
        for (int k = i + 1; k < words.size() && checked < 3; k++, checked++) {
            boolean seen = false;
            for (int u = t; u < Math.min(target.size(), t + 4); u++) {
                if (target.get(u).equals(words.get(k))) {
                    seen = true;
                    t = u + 1;
                    break;
                }
            }
            if (!seen) {
                return false;
            }
        }
        // a section's last word has no words after it to confirm a far-away match: it counts only close by
        return checked > 0;
    }

    /** Where a section starts in the rendered text: its first words in a row, after {@code from} if possible. */
    private static int anchor(List<String> words, List<String> target, int from) {
        for (int start : new int[] {from, 0}) {
            for (int j = start; j < target.size(); j++) {
                if (!words.isEmpty() && target.get(j).equals(words.get(0))
                        && (words.size() == 1 || followedBy(words, 0, target, j))) {
                    return j;
                }
            }
        }
        return from;
    }

    /** Whether one of the {@value #FOLLOWING} rows after row {@code n} (of its table) stands in [from, to). */
    private static boolean followingStandBetween(List<SeedLines.Item> items, int n, SeedReading reading, int from, int to) {
        int i = reading.i;
        try {
            for (int k = n + 1; k <= n + FOLLOWING && k < items.size() && items.get(k).row(); k++) {
                if (reading.standsBetween(items.get(k).cells(), from, to)) {
                    return true;
                }
                reading.i += items.get(k).words().size();
            }
            return false;
        } finally {
            reading.i = i;
        }
    }

    private static Section section(String heading, String text, List<String> target, int[] position) {
        List<SeedLines.Item> items = SeedLines.items(text);
        List<String> words = new ArrayList<>();
        items.forEach(item -> words.addAll(item.words()));
        SeedReading reading = new SeedReading(target, words);
        int at = anchor(words, target, position[0]);
        int previousRow = -1;
        int tableStart = at;
        for (int n = 0; n < items.size(); n++) {
            SeedLines.Item item = items.get(n);
            if (item.footnote()) {
                // anywhere in the document, its words in order; the reading position stays (class comment)
                int start = reading.anywhere(item.words());
                reading.words(item.words(), start, start);
                continue;
            }
            if (item.caption()) {
                // above or below its table, as the template sets it (class comment)
                at = Math.max(at, reading.words(item.words(), tableStart, tableStart));
                previousRow = -1;
                continue;
            }
            if (!item.row()) {
                at = reading.words(item.words(), at, at);
                previousRow = -1;
                continue;
            }
            int rowStart = at;
            tableStart = previousRow >= 0 ? tableStart : rowStart;
            SeedReading.Mark mark = reading.mark();
            at = SeedRows.row(reading, item.cells(), rowStart, previousRow >= 0 ? previousRow : rowStart);
            // a row that ends far ahead while one of the next rows stands here is not printed here: what it found
            // further on is another, similar row (class comment)
            if (at > rowStart + 2 * item.words().size() + NEAR && followingStandBetween(items, n, reading, rowStart, at)) {
                reading.reset(mark, item.words().size());
                at = rowStart;
            }
            previousRow = rowStart;
        }
        int found = reading.found();
        if (found * 2 >= words.size()) {
            position[0] = at;
        }
        return new Section(heading, words.size(), found, reading.missing());
    }
}
