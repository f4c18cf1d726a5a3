package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.List;

/**
 * One year's resultaträkning as shown, in kronor with the report's signs (kostnader negative): the lines as given and
 * the subtotals (printed, else computed).
 */
public record IncomeStatement(BigDecimal intakter, BigDecimal kostnader, BigDecimal avskrivningar,
        BigDecimal verksamhetensResultat, BigDecimal finansiellaIntakter, BigDecimal finansiellaKostnader,
        BigDecimal resultatEfterFinansiellaPoster, BigDecimal extraordinaraPoster, BigDecimal aretsResultat) {

    /** The line keys as in the report data, in printed order. */
    public static final List<String> LINES = List.of("intakter", "kostnader", "avskrivningar", "verksamhetensResultat",
            "finansiellaIntakter", "finansiellaKostnader", "resultatEfterFinansiellaPoster", "extraordinaraPoster",
            "aretsResultat");

    /** A line by its key in the report data; null for a key that is no line of the resultaträkning. */
    public BigDecimal line(String key) {
        return switch (key) {
            case "intakter" -> intakter;
            case "kostnader" -> kostnader;
            case "avskrivningar" -> avskrivningar;
            case "verksamhetensResultat" -> verksamhetensResultat;
            case "finansiellaIntakter" -> finansiellaIntakter;
            case "finansiellaKostnader" -> finansiellaKostnader;
            case "resultatEfterFinansiellaPoster" -> resultatEfterFinansiellaPoster;
            case "extraordinaraPoster" -> extraordinaraPoster;
            case "aretsResultat" -> aretsResultat;
            default -> null;
        };
    }

    public static boolean isLine(String key) {
        return LINES.contains(key);
    }
}
