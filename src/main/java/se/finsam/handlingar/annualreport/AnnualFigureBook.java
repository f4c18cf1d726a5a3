package se.finsam.handlingar.annualreport;

import se.finsam.handlingar.budget.Amounts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named figures that narrative text may cite with {@code {{key}}}: kronor amounts are cited in tkr
 * ({@code aretsResultat.tkr}), counts and whole percentages as they are.
 */
public final class AnnualFigureBook {

    /** A figure in the unit it is cited in: {@code tkr}, {@code %} or {@code ""} (a count). */
    public record Figure(BigDecimal value, String unit) {
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    public void kronorAsTkr(String key, BigDecimal kronor) {
        if (kronor != null) {
            figures.put(key, new Figure(Amounts.tkr(kronor), "tkr"));
        }
    }

    public void tkr(String key, BigDecimal tkr) {
        if (tkr != null) {
            figures.put(key, new Figure(tkr, "tkr"));
        }
    }

    public void count(String key, BigDecimal count) {
        if (count != null) {
            figures.put(key, new Figure(count, ""));
        }
    }

    public void percent(String key, BigDecimal percent) {
        if (percent != null) {
            figures.put(key, new Figure(percent, "%"));
        }
    }

    public Figure get(String key) {
        return figures.get(key);
    }

    public Map<String, Figure> all() {
        return Map.copyOf(figures);
    }
}
