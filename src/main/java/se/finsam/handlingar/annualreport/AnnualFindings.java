package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.template.SwedishFormat;

/**
 * Collects the findings of one analysis. Every amount finding carries the expected and the actual number in the
 * unit of the place it points at (kronor in the statements, tkr in the tkr tables).
 */
public final class AnnualFindings {

    private final List<Finding> findings = new ArrayList<>();

    /** Reports a difference larger than the tolerance; a missing actual value counts as a difference. */
    public boolean compare(String code, String pointer, String what, String unit, BigDecimal expected, BigDecimal actual,
            BigDecimal tolerance) {
        if (expected == null) {
            return true;
        }
        if (actual != null && expected.subtract(actual).abs().compareTo(tolerance) <= 0) {
            return true;
        }
        String message = actual == null
                ? what + " saknas; den ska vara " + format(expected, unit) + "."
                : what + " ska vara " + format(expected, unit) + " men anges som " + format(actual, unit) + ".";
        findings.add(new Finding(Severity.ERROR, code, pointer, message, expected, actual));
        return false;
    }

    public boolean compare(String code, String pointer, String what, String unit, BigDecimal expected, BigDecimal actual) {
        return compare(code, pointer, what, unit, expected, actual, BigDecimal.ZERO);
    }

    public void add(Finding finding) {
        findings.add(finding);
    }

    public void addAll(List<Finding> more) {
        findings.addAll(more);
    }

    public List<Finding> list() {
        return List.copyOf(findings);
    }

    static String format(BigDecimal value, String unit) {
        String number = SwedishFormat.amount(value);
        return switch (unit) {
            case "%" -> number + SwedishFormat.NBSP + "%";
            case "" -> number;
            default -> number + SwedishFormat.NBSP + unit;
        };
    }
}
