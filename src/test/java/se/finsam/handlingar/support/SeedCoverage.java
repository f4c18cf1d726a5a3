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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
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

    /** The seed text as runs of words: a line is one run, a table row one run per cell (see the class comment). */
    private record Run(List<String> words, boolean cell, boolean rowStart) {
    }

    private static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = TOC_PAGE.matcher(line).replaceFirst("");
            List<String> cells = new ArrayList<>();
            for (String cell : l.split("\t")) {
                if (!words(cell).isEmpty()) {
                    cells.add(cell);
                }
            }
            if (cells.size() > 1) {
                for (int c = 0; c < cells.size(); c++) {
                    runs.add(new Run(words(cells.get(c)), true, c == 0));
                }
            } else if (!words(l).isEmpty()) {
                runs.add(new Run(words(l), false, false));
            }
        }
        return runs;
    }

    private static Section section(String heading, String text, List<String> target, int[] position) {
        List<Run> runs = runs(text);
        List<String> words = new ArrayList<>();
        runs.forEach(r -> words.addAll(r.words()));
        int[] at = {anchor(words, target, position[0])};
        List<String> missing = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int found = 0;
        int i = 0;
        int rowStart = at[0];
        int rowEnd = at[0];
        for (Run r : runs) {
            if (r.cell()) {
                if (r.rowStart()) {
                    rowStart = at[0];
                    rowEnd = at[0];
                } else {
                    at[0] = rowStart;
                }
            }
            for (String w : r.words()) {
                int hit = -1;
                for (int j = at[0]; j < Math.min(target.size(), at[0] + WINDOW); j++) {
                    // a word close by counts; further on only where the next seed words follow it too, so a common
                    // word cannot pull the reading position away from where the text really is
                    if (target.get(j).equals(w) && (j - at[0] < NEAR || followedBy(words, i, target, j))) {
                        hit = j;
                        break;
                    }
                }
                if (hit >= 0) {
                    found++;
                    at[0] = hit + 1;
                    if (!run.isEmpty()) {
                        missing.add(String.join(" ", run));
                        run.clear();
                    }
                } else {
                    run.add(w);
                }
                i++;
            }
            if (r.cell()) {
                rowEnd = Math.max(rowEnd, at[0]);
                at[0] = rowEnd;
            }
        }
        if (!run.isEmpty()) {
            missing.add(String.join(" ", run));
        }
        if (found * 2 >= words.size()) {
            position[0] = at[0];
        }
        return new Section(heading, words.size(), found, missing);
    }
}
