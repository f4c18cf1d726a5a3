package se.finsam.handlingar.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole amount in proportion to weights with the largest-remainder rule, so the whole parts add up
 * exactly to the total. All arithmetic is exact (integers), ties go to the larger weight, then to the earlier part.
 */
public final class ContributionSplit {

    private ContributionSplit() {
    }

    /** FinsamL 5 §: Försäkringskassan ½, the region ¼, the kommuner ¼ together → {fk, region, kommuner}. */
    public static long[] finsam(long total) {
        return largestRemainder(total, List.of(2L, 1L, 1L));
    }

    public static long[] largestRemainder(long total, List<Long> weights) {
        if (total < 0) {
            throw new IllegalArgumentException("Totalen får inte vara negativ.");
        }
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("Vikterna får inte vara negativa.");
            }
            sum = sum.add(BigInteger.valueOf(w));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("Vikterna summerar till noll.");
        }
        int n = weights.size();
        long[] parts = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            assigned += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer, Long>comparing(weights::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < total - assigned; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    /** The exact share {@code weight / sum} in percent, with the given number of decimals (half up). */
    public static BigDecimal percent(long weight, long sum, int decimals) {
        return BigDecimal.valueOf(weight).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(sum), decimals, RoundingMode.HALF_UP);
    }

    /** The exact, unrounded part {@code total · weight / sum}, to six decimals, for rounding-aware comparisons. */
    public static BigDecimal exactPart(long total, long weight, long sum) {
        return BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weight))
                .divide(BigDecimal.valueOf(sum), 6, RoundingMode.HALF_UP);
    }
}
