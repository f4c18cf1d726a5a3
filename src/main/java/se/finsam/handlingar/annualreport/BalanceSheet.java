package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.List;

/**
 * A balansräkning at one year end as shown, in kronor: the lines as given and the sums (printed, else computed).
 */
public record BalanceSheet(BigDecimal anlaggningstillgangar, BigDecimal fordringar, BigDecimal kassaOchBank,
        BigDecimal summaOmsattningstillgangar, BigDecimal summaTillgangar, BigDecimal aretsResultat,
        BigDecimal ovrigtEgetKapital, BigDecimal summaEgetKapital, BigDecimal avsattningar,
        BigDecimal langfristigaSkulder, BigDecimal kortfristigaSkulder, BigDecimal summaSkulder,
        BigDecimal summaEgetKapitalOchSkulder) {

    /** The line keys as in the report data, in printed order. */
    public static final List<String> LINES = List.of("anlaggningstillgangar", "fordringar", "kassaOchBank",
            "summaOmsattningstillgangar", "summaTillgangar", "aretsResultat", "ovrigtEgetKapital", "summaEgetKapital",
            "avsattningar", "langfristigaSkulder", "kortfristigaSkulder", "summaSkulder", "summaEgetKapitalOchSkulder");

    /** A line by its key in the report data; null for a key that is no line of the balansräkning. */
    public BigDecimal line(String key) {
        return switch (key) {
            case "anlaggningstillgangar" -> anlaggningstillgangar;
            case "fordringar" -> fordringar;
            case "kassaOchBank" -> kassaOchBank;
            case "summaOmsattningstillgangar" -> summaOmsattningstillgangar;
            case "summaTillgangar" -> summaTillgangar;
            case "aretsResultat" -> aretsResultat;
            case "ovrigtEgetKapital" -> ovrigtEgetKapital;
            case "summaEgetKapital" -> summaEgetKapital;
            case "avsattningar" -> avsattningar;
            case "langfristigaSkulder" -> langfristigaSkulder;
            case "kortfristigaSkulder" -> kortfristigaSkulder;
            case "summaSkulder" -> summaSkulder;
            case "summaEgetKapitalOchSkulder" -> summaEgetKapitalOchSkulder;
            default -> null;
        };
    }
}
