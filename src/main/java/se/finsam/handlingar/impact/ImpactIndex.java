package se.finsam.handlingar.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Impactindex of a social budget: each indikator is weighted 1–10 and reached or not; a målområde's maximal impact
 * value is the sum of its weights, its reached value the sum of the reached weights, its index (måluppfyllelse) the
 * reached share in whole percent. The total index relates the reached sum to the maximal sum of all målområden. A
 * målområde's actual weight (its share of the maximal total) must lie within ±5 percentage points of its target.
 */
public final class ImpactIndex {

    public static final BigDecimal ALLOWED_DEVIATION = BigDecimal.valueOf(5);

    public record Indicator(String number, String text, int weight, boolean reached) {
        public Indicator {
            if (weight < 0 || weight > 10) {
                throw new IllegalArgumentException("Indikatorns vikt ska vara 0–10, inte " + weight);
            }
        }
    }

    public record Area(String name, BigDecimal targetWeight, List<Indicator> indicators) {
        public int maximum() {
            return indicators.stream().mapToInt(Indicator::weight).sum();
        }

        public int reached() {
            return indicators.stream().filter(Indicator::reached).mapToInt(Indicator::weight).sum();
        }
    }

    /**
     * @param actualWeight share of the maximal total in percent, one decimal
     * @param index reached share of the maximum in whole percent (måluppfyllelse)
     */
    public record AreaResult(String name, BigDecimal targetWeight, BigDecimal actualWeight, int maximum, int reached,
            int index, boolean weightWithinLimit) {
    }

    public record Result(List<AreaResult> areas, int maximum, int reached, int index) {
    }

    private ImpactIndex() {
    }

    public static Result compute(List<Area> areas) {
        int maximum = areas.stream().mapToInt(Area::maximum).sum();
        int reached = areas.stream().mapToInt(Area::reached).sum();
        List<AreaResult> results = areas.stream().map(a -> {
            BigDecimal actual = share(a.maximum(), maximum, 1);
            boolean within = a.targetWeight() == null
                    || actual.subtract(a.targetWeight()).abs().compareTo(ALLOWED_DEVIATION) <= 0;
            return new AreaResult(a.name(), a.targetWeight(), actual, a.maximum(), a.reached(),
                    share(a.reached(), a.maximum(), 0).intValue(), within);
        }).toList();
        return new Result(results, maximum, reached, share(reached, maximum, 0).intValue());
    }

    /** part / whole in percent, rounded half up; zero when whole is zero. */
    public static BigDecimal share(int part, int whole, int decimals) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }
}
