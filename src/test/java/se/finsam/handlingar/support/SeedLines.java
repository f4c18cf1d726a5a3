package se.finsam.handlingar.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A seed section's lines as {@link SeedCoverage} reads them: running text, table rows of cells, footnotes and table
 * captions, with the extraction's duplicate cells and split-off figure tables undone (the rules and their reasons are
 * in the class comment of {@link SeedCoverage}).
 */
final class SeedLines {

    /** A cell of this many words or more that repeats an earlier cell of its row is the extraction's duplicate. */
    static final int DUPLICATE = 3;
    private static final Pattern FIGURES = Pattern.compile("\\p{N}+");
    /** A footnote in the seed: "<sup>2</sup> text", or "1. text" right after a "---" rule. */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*<sup>\\d+</sup>");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\.\\s");
    /** A table's caption: "Tabell 1. …" (or a title line, {@link #title}). */
    private static final Pattern CAPTION = Pattern.compile("^\\s*(?:<b>|\\*\\*)?Tabell \\d+");
    /** A table-of-contents entry's leader and page number: "….. 5", "…..\\t<b>18</b>". */
    private static final Pattern TOC_PAGE = Pattern.compile("\\s*\\.{3,}\\s*(?:<b>)?\\d{1,4}(?:</b>)?\\s*$");

    private SeedLines() {
    }

    /** A title rather than a sentence: a short line that does not end as a sentence does. */
    private static boolean title(String line) {
        String l = line.replaceAll("<[^>]{1,40}>|\\*", "").strip();
        return SeedCoverage.words(l).size() <= SeedCoverage.NEAR && !l.matches(".*[.:!?]$");
    }

    static boolean figure(String word) {
        return FIGURES.matcher(word).matches();
    }

    /** A line of the seed: running text, or a table row of cells (see the class comment). */
    record Item(List<List<String>> cells, boolean row, boolean footnote, boolean caption) {
        Item(List<List<String>> cells, boolean row) {
            this(cells, row, false, false);
        }

        List<String> words() {
            List<String> words = new ArrayList<>();
            cells.forEach(words::addAll);
            return words;
        }
    }

    static boolean figures(List<String> cell) {
        return cell.stream().allMatch(SeedLines::figure);
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
                if (!SeedCoverage.words(l).isEmpty()) {
                    boolean footnote = FOOTNOTE.matcher(l).find() || rule && NUMBERED.matcher(l).find();
                    boolean caption = !before.isEmpty() && (CAPTION.matcher(l).find() || title(l));
                    items.add(new Item(List.of(SeedCoverage.words(l)), false, footnote, caption));
                    before = List.of();
                }
                if (!l.isBlank()) {
                    rule = l.strip().equals("---");
                }
                continue;
            }
            List<List<String>> cells = new ArrayList<>();
            for (String cell : l.split("\t")) {
                List<String> words = SeedCoverage.words(cell);
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
        while (heads < table.size() && !table.get(heads).cells().stream().allMatch(SeedLines::figures)) {
            heads++;
        }
        boolean split = !before.isEmpty() && heads < table.size() && heads <= 2
                && table.subList(heads, table.size()).stream().allMatch(r -> r.cells().stream().allMatch(SeedLines::figures));
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
}
