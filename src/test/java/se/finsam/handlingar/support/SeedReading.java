package se.finsam.handlingar.support;

import java.util.ArrayList;
import java.util.List;

/**
 * One seed section read in one rendered text: which rendered words are taken (each counts for one seed word only) and
 * which seed words were found. The rules it follows, and why, are in the class comment of {@link SeedCoverage}.
 */
final class SeedReading {

    /** How close a cell of figures must stand to the cell before or after it. */
    static final int ADJACENT = SeedCoverage.NEAR;

    final List<String> target;
    final List<String> words;
    final boolean[] used;
    final boolean[] got;
    /** The seed word being looked for (its index in {@link #words}). */
    int i;
    /** Where the last run of words given to {@link #words(List, int, int)} started in the rendered text, or -1. */
    int first;

    SeedReading(List<String> target, List<String> words) {
        this.target = target;
        this.words = words;
        this.used = new boolean[target.size()];
        this.got = new boolean[words.size()];
    }

    /** The reading's state before a row, to take the row back (see {@link SeedCoverage}'s class comment). */
    record Mark(boolean[] used, boolean[] got, int i) {
    }

    Mark mark() {
        return new Mark(used.clone(), got.clone(), i);
    }

    /** Takes back what was found since {@code mark}: the row's {@code words} count as missing. */
    void reset(Mark mark, int words) {
        System.arraycopy(mark.used(), 0, used, 0, used.length);
        System.arraycopy(mark.got(), 0, got, 0, got.length);
        i = mark.i() + words;
    }

    /** Whether one of a row's cells of text stands, its first words together, in [from, to). */
    boolean standsBetween(List<List<String>> cells, int from, int to) {
        int at = i;
        try {
            for (List<String> cell : cells) {
                if (!SeedLines.figures(cell)) {
                    int j = confirmed(cell, from);
                    if (j >= 0 && j < to) {
                        return true;
                    }
                }
                i += cell.size();
            }
            return false;
        } finally {
            i = at;
        }
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
        for (int j = Math.max(0, from); j < Math.min(target.size(), from + SeedCoverage.WINDOW); j++) {
            // further on only where the next seed words follow it too, so a common word cannot pull the reading
            // position away from where the text really is
            if (!used[j] && target.get(j).equals(w)
                    && (j < near + SeedCoverage.NEAR || SeedCoverage.followedBy(words, i, target, j))) {
                return j;
            }
        }
        return -1;
    }

    /** Where a cell starts close after {@code from}: its first word, with the next ones after it if it has more. */
    int next(List<String> cell, int from) {
        for (int j = from; j < Math.min(target.size(), from + SeedCoverage.NEAR); j++) {
            if (!used[j] && target.get(j).equals(cell.get(0))
                    && (cell.size() == 1 || SeedCoverage.followedBy(words, i, target, j))) {
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
        for (int j = Math.max(0, from); j < Math.min(target.size(), from + SeedCoverage.WINDOW); j++) {
            if (!used[j] && target.get(j).equals(cell.get(0)) && SeedCoverage.followedBy(words, i, target, j)) {
                return j;
            }
        }
        return -1;
    }

    /** A cell of figures, as a whole and not taken before, ending close before {@code next}: the nearest place. */
    int nearestBefore(List<String> cell, int next) {
        for (int p = next - 1; p >= Math.max(0, next - cell.size() - ADJACENT); p--) {
            int end = matchAt(cell, p);
            if (end >= 0 && end <= next) {
                return p;
            }
        }
        return -1;
    }

    /** Whether one of the seed's next words after word {@code i} stands in [from, to), with the two after it in a row. */
    private boolean continuesBefore(int from, int to) {
        for (int k = i + 1; k < Math.min(words.size() - 2, i + 4); k++) {
            for (int j = from; j < Math.min(to, target.size() - 2); j++) {
                if (!used[j] && !used[j + 1] && !used[j + 2] && target.get(j).equals(words.get(k))
                        && target.get(j + 1).equals(words.get(k + 1)) && target.get(j + 2).equals(words.get(k + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A cell of figures, as a whole and not taken before, starting in [from, to). */
    int phrase(List<String> cell, int from, int to) {
        for (int p = Math.max(0, from); p < Math.min(to, target.size()); p++) {
            if (matchAt(cell, p) >= 0) {
                return p;
            }
        }
        return -1;
    }

    /** Where a cell of figures standing at {@code p}, none of its words taken before, ends; -1 if it is not there. */
    private int matchAt(List<String> cell, int p) {
        int q = p;
        for (String w : cell) {
            if (q < target.size() && !used[q] && target.get(q).equals(w)) {
                q++;
            } else if (grouped(w, q) > 0) {
                q += grouped(w, q);
            } else {
                return -1;
            }
        }
        return q;
    }

    /**
     * How many rendered words from {@code j} spell the figure {@code w} in groups of three digits ("2036" as "2 036"),
     * none taken before; 0 if they do not (class comment).
     */
    int grouped(String w, int j) {
        if (w.length() < 4 || !SeedLines.figure(w) || j >= target.size() || used[j]
                || !SeedLines.figure(target.get(j)) || target.get(j).length() > 3 || !w.startsWith(target.get(j))) {
            return 0;
        }
        int length = target.get(j).length();
        int n = 1;
        while (length < w.length() && j + n < target.size() && !used[j + n] && target.get(j + n).length() == 3
                && w.startsWith(target.get(j + n), length)) {
            length += 3;
            n++;
        }
        return length == w.length() && n > 1 ? n : 0;
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
            int limit = Math.min(target.size() - 1, Math.max(at, near) + SeedCoverage.NEAR);
            int exact = close(w, at, limit + 1);
            if (exact > at && continuesBefore(at, exact)) {
                // the seed's next words stand before it: this word is missing here, the reading does not skip them
                i++;
                continue;
            }
            if (exact >= 0) {
                hit(exact);
                at = exact + 1;
                continue;
            }
            int group = -1;
            for (int j = at; j < limit && group < 0; j++) {
                group = grouped(w, j) > 0 ? j : -1;
            }
            if (group >= 0) {
                for (int q = group + 1; q < group + grouped(w, group); q++) {
                    used[q] = true;
                }
                int next = group + grouped(w, group);
                hit(group);
                at = next;
                continue;
            }
            // a word split in one text and whole in the other (class comment), close by only
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
            if (hit > at && continuesBefore(at, hit)) {
                hit = -1;
            }
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
        int end = matchAt(cell, p);
        for (int q = p; q < end; q++) {
            used[q] = true;
        }
        for (int k = 0; k < cell.size(); k++) {
            got[i++] = true;
        }
        return end;
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
            if (!used[j] && target.get(j).equals(ws.get(0))
                    && (ws.size() == 1 || SeedCoverage.followedBy(words, i, target, j))) {
                return j;
            }
        }
        return target.size();
    }

    private static boolean letters(String w) {
        return !SeedLines.figure(w);
    }
}
