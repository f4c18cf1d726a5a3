package se.finsam.handlingar.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Durations in milliseconds with the statistics the report needs.
 */
final class Measurements {

    private final List<Double> millis = new ArrayList<>();

    synchronized void add(double value) {
        millis.add(value);
    }

    synchronized int count() {
        return millis.size();
    }

    synchronized double mean() {
        return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    synchronized double median() {
        return percentile(50);
    }

    synchronized double p95() {
        return percentile(95);
    }

    private double percentile(int p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
