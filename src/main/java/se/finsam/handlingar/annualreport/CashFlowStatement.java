package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** One year's kassaflödesanalys (indirect method, RKR layout) in kronor. */
public record CashFlowStatement(BigDecimal aretsResultat, BigDecimal justeringar, BigDecimal medelFore,
        BigDecimal fordringar, BigDecimal skulder, BigDecimal lopande, BigDecimal investering, BigDecimal finansiering,
        BigDecimal aretsKassaflode, BigDecimal likvidaMedelBorjan, BigDecimal likvidaMedelSlut) {

    /** The line keys as in the report data ({@code kassaflodesanalys.tryckt}), in printed order. */
    public static final List<String> LINES = List.of("aretsResultat", "justeringar", "medelFore", "fordringar",
            "skulder", "lopande", "investering", "finansiering", "aretsKassaflode", "likvidaMedelBorjan",
            "likvidaMedelSlut");

    /** Each line from a function of its key. */
    static CashFlowStatement from(Function<String, BigDecimal> line) {
        return new CashFlowStatement(line.apply("aretsResultat"), line.apply("justeringar"), line.apply("medelFore"),
                line.apply("fordringar"), line.apply("skulder"), line.apply("lopande"), line.apply("investering"),
                line.apply("finansiering"), line.apply("aretsKassaflode"), line.apply("likvidaMedelBorjan"),
                line.apply("likvidaMedelSlut"));
    }

    /** A line by its key; null for a key that is no line of the kassaflödesanalys. */
    public BigDecimal line(String key) {
        return switch (key) {
            case "aretsResultat" -> aretsResultat;
            case "justeringar" -> justeringar;
            case "medelFore" -> medelFore;
            case "fordringar" -> fordringar;
            case "skulder" -> skulder;
            case "lopande" -> lopande;
            case "investering" -> investering;
            case "finansiering" -> finansiering;
            case "aretsKassaflode" -> aretsKassaflode;
            case "likvidaMedelBorjan" -> likvidaMedelBorjan;
            case "likvidaMedelSlut" -> likvidaMedelSlut;
            default -> null;
        };
    }
}
