package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.List;

/**
 * The driftsredovisning against the styrelse's budget in tkr: verksamhetens intäkter, kostnader and resultat and the
 * utgående eget kapital, each with utfall, budget, avvikelse (utfall − budget) and last year's utfall.
 */
public record OperatingStatement(Row intakter, Row kostnader, Row resultat, Row egetKapital) {

    /** The row keys as in the report data ({@code driftsredovisning.tryckt}). */
    public static final List<String> ROWS = List.of("intakter", "kostnader", "resultat", "egetKapital");

    /** Shown cells of one row; a cell is null when it cannot be computed (no budget, no earlier year). */
    public record Row(BigDecimal utfall, BigDecimal budget, BigDecimal avvikelse, BigDecimal foregaende) {

        static final Row EMPTY = new Row(null, null, null, null);
    }

    /** No driftsredovisning (no statements to compute it from): every cell empty. */
    static final OperatingStatement NONE = new OperatingStatement(Row.EMPTY, Row.EMPTY, Row.EMPTY, Row.EMPTY);

    public Row row(String key) {
        return switch (key) {
            case "intakter" -> intakter;
            case "kostnader" -> kostnader;
            case "resultat" -> resultat;
            case "egetKapital" -> egetKapital;
            default -> null;
        };
    }
}
