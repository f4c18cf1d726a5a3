package se.finsam.handlingar.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

import tools.jackson.databind.JsonNode;

/** Reading and rounding amounts. Kronor are whole numbers; tkr and percentages are rounded half away from zero. */
public final class Amounts {

    public static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** The number at the node, or null when the node is missing or null. */
    public static BigDecimal of(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || !node.isNumber() ? null : node.decimalValue();
    }

    public static BigDecimal orZero(JsonNode node) {
        BigDecimal value = of(node);
        return value == null ? BigDecimal.ZERO : value;
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Printed value when there is one, else the computed one. */
    public static BigDecimal shown(BigDecimal printed, BigDecimal computed) {
        return printed != null ? printed : computed;
    }

    public static BigDecimal tkr(BigDecimal kronor) {
        return kronor == null ? null : kronor.divide(THOUSAND, 0, RoundingMode.HALF_UP);
    }

    /** Whole percent of part in whole, or null when whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP);
    }

    public static BigDecimal sum(BigDecimal... values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(orZero(v));
        }
        return total;
    }
}
