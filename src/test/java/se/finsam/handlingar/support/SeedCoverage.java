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
 * text. A word counts as found when it occurs within {@value #WINDOW} words after the previous found one, so text in
 * the wrong place or left out shows as missing runs of words.
 * <p>
 * Two rules follow from how the seeds were extracted, not from what the documents say:
 * <ul>
 * <li>A table-of-contents line ("1.2 Om förbundet ..... 5") is compared without its page number: page numbers are
 * furniture that follows the rendering's pagination (an UTKAST adds its findings pages before the text), while the
 * entry's number and title must be there.</li>
 * <li>The rendered pages are read without their furniture: the running header (a first line repeated at the top of
 * several pages) and the "Sida X av Y" footer are not in the seeds, and between two words of a paragraph split by a
 * page break they would hide that the words follow each other.</li>
 * <li>A link in the seed ({@code [www.x.se](http://www.x.se)}) is its text: the address in brackets is not printed.</li>
 * <li>A line of tab-separated cells is a table row, and each of its cells is read from the start of the row: the
 * seed's extraction reads a table cell by cell (a cell of several lines, such as a protokoll's "Beslutande" names,
 * as one run), while the PDF's text is read line by line across the row. The words within a cell must still be in
 * order, and the rows in order.</li>
 * </ul>
 */
public final class SeedCoverage {

    static final int WINDOW = 2000;
    static final int NEAR = 12;
    /** A cell of this many words or more that repeats an earlier cell of its row is the extraction's duplicate. */
    static final int DUPLICATE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern FIGURES = Pattern.compile("\\p{N}+");
    /** A footnote in the seed: "<sup>2</sup> text", or "1. text" right after a "---" rule (class comment). */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*<sup>\\d+</sup>");
    /** A table's caption: "Tabell 1. …" (class comment). */
    private static final Pattern CAPTION = Pattern.compile("^\\s*(?:<b>|\\*\\*)?Tabell \\d+");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\.\\s");
    private static final Pattern HEADING = Pattern.compile("^#+\\s*(.*)$");
    /** A table-of-contents entry's leader and page number: "….. 5", "…..\t<b>18</b>". */
    private static final Pattern TOC_PAGE = Pattern.compile("\\s*\\.{3,}\\s*(?:<b>)?\\d{1,4}(?:</b>)?\\s*$");

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

    private static boolean followedBy(List<String> words, int i, List<String> target, int j) {
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

    /** A line of the seed: running text, or a table row of cells (see the class comment). */
    private record Item(List<List<String>> cells, boolean row, boolean footnote, boolean caption) {
        Item(List<List<String>> cells, boolean row) {
            this(cells, row, false, false);
        }

        List<String> words() {
            List<String> words = new ArrayList<>();
            cells.forEach(words::addAll);
            return words;
        }
    }

    private static boolean figures(List<String> cell) {
        return cell.stream().allMatch(w -> FIGURES.matcher(w).matches());
    }

    static List<Item> items(String text) {
        List<Item> items = new ArrayList<>();
        // the rows of the table being read, and of the table before it if only blank lines came between
        List<Item> table = new ArrayList<>();
        List<Item> before = List.of();
        boolean rule = false;
        for (String line : (text + "\n\n").split("\n", -1)) {
            String l = TOC_PAGE.matcher(line).replaceFirst("");
            if (!l.contains("\t")) {
                if (!table.isEmpty()) {
                    before = splitOff(table, before, items);
                    table = new ArrayList<>();
                }
                if (!words(l).isEmpty()) {
                    boolean footnote = FOOTNOTE.matcher(l).find() || rule && NUMBERED.matcher(l).find();
                    boolean caption = !before.isEmpty() && CAPTION.matcher(l).find();
                    items.add(new Item(List.of(words(l)), false, footnote, caption));
                    before = List.of();
                }
                if (!l.isBlank()) {
                    rule = l.strip().equals("---");
                }
                continue;
            }
            List<List<String>> cells = new ArrayList<>();
            for (String cell : l.split("\t")) {
                List<String> words = words(cell);
                // a cell repeating an earlier cell of its row is the extraction's duplicate (class comment)
                if (!words.isEmpty() && !(words.size() >= DUPLICATE && cells.contains(words))) {
                    cells.add(words);
                }
            }
            if (!cells.isEmpty()) {
                table.add(new Item(cells, true));
            }
        }
        return items;
    }

    /**
     * Adds a table's rows; a table of figures only (below its heading rows) right after another table holds that
     * table's figure columns, split off by the extraction: its rows continue the rows of the table before, in order.
     */
    private static List<Item> splitOff(List<Item> table, List<Item> before, List<Item> items) {
        int heads = 0;
        while (heads < table.size() && !table.get(heads).cells().stream().allMatch(SeedCoverage::figures)) {
            heads++;
        }
        boolean split = !before.isEmpty() && heads < table.size() && heads <= 2
                && table.subList(heads, table.size()).stream().allMatch(r -> r.cells().stream().allMatch(SeedCoverage::figures));
        if (!split) {
            items.addAll(table);
            return table;
        }
        int first = items.size() - before.size();
        for (int r = 0; r < table.size(); r++) {
            int at = first + Math.min(r, before.size() - 1);
            List<List<String>> cells = new ArrayList<>(items.get(at).cells());
            for (List<String> cell : table.get(r).cells()) {
                if (!cells.contains(cell) || figures(cell)) {
                    cells.add(cell);
                }
            }
            items.set(at, new Item(cells, true));
        }
        return List.of();
    }

    /** Reading state of one section in the rendered text: which rendered words are taken, which seed words found. */
    private static final class Reading {
        final List<String> target;
        final List<String> words;
        final boolean[] used;
        final boolean[] got;
        /** The seed word being looked for (its index in {@link #words}). */
        int i;
        /** Where the last run of words given to {@link #words(List, int, int)} started in the rendered text, or -1. */
        int first;

        Reading(List<String> target, List<String> words) {
            this.target = target;
            this.words = words;
            this.used = new boolean[target.size()];
            this.got = new boolean[words.size()];
        }

        int found() {
            int n = 0;
            for (boolean g : got) {
                n += g ? 1 : 0;
            }
            return n;
        }

        /** The seed's words not found, as runs of consecutive words. */
        List<String> missing() {
            List<String> missing = new ArrayList<>();
            List<String> run = new ArrayList<>();
            for (int k = 0; k <= words.size(); k++) {
                if (k < words.size() && !got[k]) {
                    run.add(words.get(k));
                } else if (!run.isEmpty()) {
                    missing.add(String.join(" ", run));
                    run.clear();
                }
            }
            return missing;
        }

        /** A seed word looked for from {@code from}; close to {@code near} it counts, further on only with the words after it. */
        int word(String w, int from, int near) {
            for (int j = Math.max(0, from); j < Math.min(target.size(), from + WINDOW); j++) {
                // further on only where the next seed words follow it too, so a common word cannot pull the reading
                // position away from where the text really is
                if (!used[j] && target.get(j).equals(w) && (j < near + NEAR || followedBy(words, i, target, j))) {
                    return j;
                }
            }
            return -1;
        }

        /** Where a cell of several words starts from {@code from}: its first word with the next ones after it, or -1. */
        int confirmed(List<String> cell, int from) {
            if (cell.size() < 2) {
                return -1;
            }
            for (int j = Math.max(0, from); j < Math.min(target.size(), from + WINDOW); j++) {
                if (!used[j] && target.get(j).equals(cell.get(0)) && followedBy(words, i, target, j)) {
                    return j;
                }
            }
            return -1;
        }

        /** A cell of figures, as a whole and not taken before, starting in [from, to). */
        int phrase(List<String> cell, int from, int to) {
            for (int p = Math.max(0, from); p < Math.min(to, target.size() - cell.size() + 1); p++) {
                boolean all = true;
                for (int k = 0; k < cell.size() && all; k++) {
                    all = !used[p + k] && target.get(p + k).equals(cell.get(k));
                }
                if (all) {
                    return p;
                }
            }
            return -1;
        }

        void hit(int j) {
            used[j] = true;
            got[i] = true;
            first = first < 0 ? j : first;
            i++;
        }

        /** Words in order from {@code from}; returns where the reading continues. */
        int words(List<String> ws, int from, int near) {
            int at = from;
            first = -1;
            for (int k = 0; k < ws.size(); k++) {
                String w = ws.get(k);
                // a word split in one text and whole in the other (class comment), close by only
                int limit = Math.min(target.size() - 1, Math.max(at, near) + NEAR);
                int joined = k + 1 < ws.size() && letters(w) && letters(ws.get(k + 1))
                        ? close(w + ws.get(k + 1), at, limit + 1) : -1;
                if (joined >= 0) {
                    hit(joined);
                    got[i] = true;
                    i++;
                    k++;
                    at = joined + 1;
                    continue;
                }
                int split = -1;
                for (int j = at; j < limit && split < 0 && letters(w); j++) {
                    if (!used[j] && !used[j + 1] && letters(target.get(j)) && letters(target.get(j + 1))
                            && (target.get(j) + target.get(j + 1)).equals(w)) {
                        split = j;
                    }
                }
                if (split >= 0) {
                    used[split + 1] = true;
                    hit(split);
                    at = split + 2;
                    continue;
                }
                int hit = word(w, at, Math.max(at, near));
                if (hit >= 0) {
                    hit(hit);
                    at = hit + 1;
                } else {
                    i++;
                }
            }
            return at;
        }

        /** A cell of figures taken whole at {@code p}; returns its end. */
        int figures(List<String> cell, int p) {
            first = p;
            for (int k = 0; k < cell.size(); k++) {
                used[p + k] = true;
                got[i++] = true;
            }
            return p + cell.size();
        }

        private int close(String w, int from, int to) {
            for (int j = from; j < Math.min(to, target.size()); j++) {
                if (!used[j] && target.get(j).equals(w)) {
                    return j;
                }
            }
            return -1;
        }

        /** Where a run of seed words starts in the whole rendered text: its first word with the words after it. */
        int anywhere(List<String> ws) {
            for (int j = 0; j < target.size(); j++) {
                if (!used[j] && target.get(j).equals(ws.get(0)) && (ws.size() == 1 || followedBy(words, i, target, j))) {
                    return j;
                }
            }
            return target.size();
        }

        private static boolean letters(String w) {
            return !FIGURES.matcher(w).matches();
        }
    }

    private static Section section(String heading, String text, List<String> target, int[] position) {
        List<Item> items = items(text);
        List<String> words = new ArrayList<>();
        items.forEach(item -> words.addAll(item.words()));
        Reading reading = new Reading(target, words);
        int at = anchor(words, target, position[0]);
        int previousRow = -1;
        int tableStart = at;
        for (Item item : items) {
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
            at = row(item.cells(), reading, rowStart, previousRow >= 0 ? previousRow : rowStart);
            if (System.getenv("SEED_TRACE") != null && heading.contains(System.getenv("SEED_TRACE"))) {
                System.out.println("ROW " + item.cells() + " start=" + rowStart + " end=" + at + " :: "
                        + String.join(" ", target.subList(Math.max(0, rowStart - 3), Math.min(target.size(), at + 8))));
            }
            previousRow = rowStart;
        }
        int found = reading.found();
        if (found * 2 >= words.size()) {
            position[0] = at;
        }
        return new Section(heading, words.size(), found, reading.missing());
    }

    /**
     * One table row (class comment): first its cells of text, each in its row if it is there, else from the start of
     * the row before; then its cells of figures, each whole, right after the cell before it, right before the cell
     * after it, or else anywhere among the row's cells. Returns where the row ends: where its last cell found ends.
     */
    private static int row(List<List<String>> cells, Reading reading, int rowStart, int from) {
        int n = cells.size();
        int[] offset = new int[n + 1];
        offset[0] = reading.i;
        for (int c = 0; c < n; c++) {
            offset[c + 1] = offset[c] + cells.get(c).size();
        }
        int[] start = new int[n];
        int[] end = new int[n];
        java.util.Arrays.fill(start, -1);
        int textEnd = rowStart;
        int furthest = rowStart;
        for (int c = 0; c < n; c++) {
            List<String> cell = cells.get(c);
            if (figures(cell)) {
                continue;
            }
            reading.i = offset[c];
            int before = reading.found();
            // where the cell's first words stand together: in its row, else from the start of the row before
            int first = reading.confirmed(cell, rowStart);
            if (first < 0) {
                first = reading.confirmed(cell, from);
            }
            if (first < 0) {
                first = reading.word(cell.get(0), rowStart, textEnd) >= 0 ? rowStart : from;
            }
            int cellEnd = reading.words(cell, first, textEnd);
            if (reading.found() > before) {
                start[c] = reading.first;
                end[c] = cellEnd;
                textEnd = cellEnd;
                furthest = Math.max(furthest, cellEnd);
            }
        }
        for (int c = 0; c < n; c++) {
            List<String> cell = cells.get(c);
            if (!figures(cell)) {
                continue;
            }
            reading.i = offset[c];
            int after = rowStart;
            for (int b = c - 1; b >= 0 && after == rowStart; b--) {
                after = start[b] >= 0 ? end[b] : after;
            }
            int p = reading.phrase(cell, after, after + NEAR);
            for (int b = c + 1; b < n && p < 0; b++) {
                if (start[b] >= 0) {
                    p = reading.phrase(cell, start[b] - NEAR, start[b] - cell.size() + 1);
                    break;
                }
            }
            if (p < 0) {
                p = reading.phrase(cell, from, furthest + NEAR);
            }
            if (p >= 0) {
                start[c] = p;
                end[c] = reading.figures(cell, p);
                furthest = Math.max(furthest, end[c]);
            }
        }
        reading.i = offset[n];
        for (int c = n - 1; c >= 0; c--) {
            if (start[c] >= 0) {
                return Math.max(rowStart, end[c]);
            }
        }
        return rowStart;
    }
}
