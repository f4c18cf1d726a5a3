package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Nationella rådet's recommended ceiling for eget kapital ("trappan"): a share of the year's allocation up to a
 * limit, and a lower share of the part above it. An organisation setting; the default is 20 % up to 7 000 tkr and
 * 15 % above.
 *
 * @param lowerRate share of the allocation up to the limit, e.g. 0.20
 * @param limit the limit in kronor, e.g. 7 000 000
 * @param upperRate share of the allocation above the limit, e.g. 0.15
 */
public record EquityCap(BigDecimal lowerRate, BigDecimal limit, BigDecimal upperRate) {

    public static final EquityCap DEFAULT = new EquityCap(new BigDecimal("0.20"), BigDecimal.valueOf(7_000_000),
            new BigDecimal("0.15"));

    /** The ceiling in kronor for an allocation in kronor. */
    public BigDecimal ceiling(BigDecimal allocation) {
        BigDecimal lower = allocation.min(limit).max(BigDecimal.ZERO);
        BigDecimal upper = allocation.subtract(limit).max(BigDecimal.ZERO);
        return lower.multiply(lowerRate).add(upper.multiply(upperRate)).setScale(0, RoundingMode.HALF_UP);
    }
}
