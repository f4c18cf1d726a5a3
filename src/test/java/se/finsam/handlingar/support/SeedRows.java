package se.finsam.handlingar.support;

import java.util.Arrays;
import java.util.List;

/** How {@link SeedCoverage} reads one seed table row in a {@link SeedReading} (the rules are in its class comment). */
final class SeedRows {

    private SeedRows() {
    }

    /**
     * One table row (class comment): first its cells of text, each in its row if it is there, else from the start of
     * the row before; then its cells of figures, each whole, right after the cell before it, right before the cell
     * after it, or else anywhere among the row's cells. Returns where the row ends: where its last cell found ends.
     */
    static int row(SeedReading r, List<List<String>> cells, int rowStart, int from) {
        int n = cells.size();
        int[] offset = new int[n + 1];
        offset[0] = r.i;
        for (int c = 0; c < n; c++) {
            offset[c + 1] = offset[c] + cells.get(c).size();
        }
        int[] start = new int[n];
        int[] end = new int[n];
        Arrays.fill(start, -1);
        int textEnd = rowStart;
        int furthest = rowStart;
        for (int c = 0; c < n; c++) {
            List<String> cell = cells.get(c);
            if (SeedLines.figures(cell)) {
                continue;
            }
            r.i = offset[c];
            int before = r.found();
            // a word alone right after the cell before it; else where the cell's first words stand together, in its
            // row, else from the start of the row before
            int first = cell.size() == 1 && textEnd > rowStart ? r.next(cell, textEnd) : -1;
            if (first < 0) {
                first = r.confirmed(cell, rowStart);
            }
            if (first < 0) {
                first = r.confirmed(cell, from);
            }
            if (first < 0) {
                first = r.word(cell.get(0), rowStart, textEnd) >= 0 ? rowStart : from;
            }
            int cellEnd = r.words(cell, first, textEnd);
            if (r.found() > before) {
                start[c] = r.first;
                end[c] = cellEnd;
                textEnd = cellEnd;
                furthest = Math.max(furthest, cellEnd);
            }
        }
        for (int c = 0; c < n; c++) {
            List<String> cell = cells.get(c);
            if (!SeedLines.figures(cell)) {
                continue;
            }
            r.i = offset[c];
            // right after the cell before it, right before the cell after it (the nearest first), or among the
            // row's cells; a cell that starts its row goes with the cell after it
            boolean first = true;
            int previous = rowStart;
            int furthestBefore = rowStart;
            for (int b = 0; b < c; b++) {
                if (start[b] >= 0) {
                    first = false;
                    previous = end[b];
                    furthestBefore = Math.max(furthestBefore, end[b]);
                }
            }
            int next = c + 1 < n ? start[c + 1] : -1;
            int p = first && next >= 0 ? r.nearestBefore(cell, next) : -1;
            if (p < 0) {
                p = r.phrase(cell, previous, previous + SeedReading.ADJACENT);
            }
            if (p < 0) {
                p = r.phrase(cell, furthestBefore, furthestBefore + SeedReading.ADJACENT);
            }
            if (p < 0 && next >= 0) {
                p = r.nearestBefore(cell, next);
            }
            if (p < 0) {
                p = r.phrase(cell, rowStart, furthest);
            }
            if (p >= 0) {
                start[c] = p;
                end[c] = r.figures(cell, p);
                furthest = Math.max(furthest, end[c]);
            }
        }
        r.i = offset[n];
        for (int c = n - 1; c >= 0; c--) {
            if (start[c] >= 0) {
                return Math.max(rowStart, end[c]);
            }
        }
        return rowStart;
    }
}
