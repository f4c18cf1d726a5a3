package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import se.finsam.handlingar.impact.SocialView;

/**
 * What the analysis hands the template under {@code berakning}: shown statement lines per year column (printed, else
 * computed), note totals, the derived kassaflöde, driftsredovisning, trappan and balanskrav, checked tables, the
 * social report, the resolved narrative and the note references per statement line.
 */
public record AnnualReportView(List<IncomeStatement> resultatrakning, List<BalanceSheet> balansrakning,
        Map<String, List<BigDecimal>> notsummor, List<CashFlowStatement> kassaflode, OperatingStatement driftsredovisning, EquityCapView trappan, BalanceRequirement balanskrav,
        Map<String, List<List<BigDecimal>>> tabeller, SocialView social,
        List<Section> forvaltningsberattelse, List<Section> bilagor, Map<String, String> noter) {

    /**
     * A section of the förvaltningsberättelse or a bilaga: its heading, its text and its content-vocabulary blocks
     * ({@code innehall}, null without) with the cited figures written in.
     */
    public record Section(String rubrik, String text, tools.jackson.databind.JsonNode innehall) {
    }

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
