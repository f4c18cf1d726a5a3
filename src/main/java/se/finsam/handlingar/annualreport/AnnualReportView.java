package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the analysis hands the template under {@code berakning}: shown statement lines per year column (printed, else
 * computed), note totals, the derived kassaflöde, driftsredovisning, trappan and balanskrav, checked tables, the
 * social report, the resolved narrative and the note references per statement line.
 */
public record AnnualReportView(List<Map<String, BigDecimal>> resultatrakning, List<Map<String, BigDecimal>> balansrakning,
        Map<String, List<BigDecimal>> notsummor, List<Map<String, BigDecimal>> kassaflode,
        Map<String, Map<String, BigDecimal>> driftsredovisning, EquityCapView trappan, BalanceRequirement balanskrav,
        Map<String, List<List<BigDecimal>>> tabeller, Map<String, Object> social,
        List<Map<String, Object>> forvaltningsberattelse, List<Map<String, Object>> bilagor, Map<String, String> noter) {

    /** The trappan: the allocation, the ceiling it gives and eget kapital against it; all null without statements. */
    public record EquityCapView(BigDecimal tilldelning, BigDecimal tak, BigDecimal egetKapital, BigDecimal overskridande,
            String lagreAndel, BigDecimal grans, String ovreAndel) {

        static final EquityCapView NONE = new EquityCapView(null, null, null, null, null, null, null);
    }

    /** The balanskravsutredning in kronor; all null without statements. */
    public record BalanceRequirement(BigDecimal aretsResultat, BigDecimal realisationsvinster, BigDecimal efterJusteringar,
            BigDecimal resultatutjamningsreserv, BigDecimal balanskravsresultat) {

        static final BalanceRequirement NONE = new BalanceRequirement(null, null, null, null, null);
    }
}
