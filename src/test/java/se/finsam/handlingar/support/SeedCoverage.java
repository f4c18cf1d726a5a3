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
 *
 * <p>A page can be read in more than one order: line by line across the page, or in the logical order of its tags (a
 * table cell by cell). The seeds are extractions that read tables cell by cell and text line by line, so each section
 * is measured in every reading given and counts with the reading that finds most of its words. Every reading holds the
 * same words, so no reading can find a word the document does not print.
 */
public final class SeedCoverage {

    static final int WINDOW = 2000;
    static final int NEAR = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern FIGURES = Pattern.compile("\\p{N}+");
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

    /** The seed measured in each reading of the rendered document; each section with the reading that finds most. */
    public static Result measure(String seed, List<String> readings) {
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

    public static Result measure(String seed, String rendered) {
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

    /**
     * Whether one of the next seed words is found close by, with the two after it: then a word that is only found far away is
     * missing here, and the reading position stays where the text continues instead of jumping ahead past it.
     */
    private static boolean continuesNear(List<String> words, int i, List<String> target, int at) {
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            for (int j = at; j < Math.min(target.size(), at + NEAR); j++) {
                if (inARow(words, k, target, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the seed words from {@code i} stand in the rendered text from {@code j}, three in a row. */
    private static boolean inARow(List<String> words, int i, List<String> target, int j) {
        if (i + 3 > words.size() || j + 3 > target.size()) {
            return false;
        }
        return words.subList(i, i + 3).equals(target.subList(j, j + 3));
    }

    private static boolean figuresOnly(List<String> words, int i) {
        for (int k = i; k < Math.min(words.size(), i + 4); k++) {
            if (!FIGURES.matcher(words.get(k)).matches()) {
                return false;
            }
        }
        return true;
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
        return true;
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

    private static Section section(String heading, String text, List<String> target, int[] position) {
        List<String> words = words(text);
        int[] at = {anchor(words, target, position[0])};
        List<String> missing = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int hit = -1;
            for (int j = at[0]; j < Math.min(target.size(), at[0] + WINDOW); j++) {
                // a word close by counts; further on only where the next seed words follow it too, so a common word
                // cannot pull the reading position away from where the text really is; a run of figures ("2 1 2 1")
                // recurs in every table row and confirms no place far away
                if (target.get(j).equals(w) && (j - at[0] < NEAR || followedBy(words, i, target, j) && !figuresOnly(words, i))) {
                    hit = j;
                    break;
                }
            }
            if (hit >= at[0] + NEAR && continuesNear(words, i, target, at[0])) {
                hit = -1;
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
