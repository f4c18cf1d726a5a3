package se.finsam.handlingar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link SeedCoverage} (its class comment) finds what is printed, and still reports text that is missing
 * or out of place.
 */
class SeedCoverageRulesTest {

    /** The seed's section "Rubrik" in a rendering that prints the heading and then {@code rendered}. */
    private static SeedCoverage.Result measure(String seed, String rendered) {
        return SeedCoverage.measure(seed, "Rubrik\n" + rendered);
    }

    private static List<String> missing(SeedCoverage.Result result) {
        return result.sections().stream().flatMap(s -> s.missing().stream()).toList();
    }

    @Test
    void everyPrintedWordCountsForOneSeedWordOnly() {
        SeedCoverage.Result twice = measure("# Rubrik\nalfa beta gamma delta\nalfa beta gamma delta\n", "alfa beta gamma delta");
        assertThat(twice.found()).isEqualTo(5);
        assertThat(twice.words()).isEqualTo(9);
    }

    @Test
    void aChangedWordIsMissingWithoutHidingTheWordsAfterIt() {
        // the service numbers the chapters itself: the seed's 12 and 13 are missing, the titles after them are found
        assertThat(missing(measure("# Rubrik\n10. Årshjul\n12. Stödstruktur för samverkan\n13. Omvärldsbevakning och analys\n",
                "10. Årshjul 11. Stödstruktur för samverkan 12. Omvärldsbevakning och analys"))).containsExactly("12", "13");
    }

    @Test
    void tableRowsAreReadCellByCellAndAMissingCellIsReported() {
        String seed = "# Rubrik\nNr\tText\tVärde\n1.1\tden första indikatorns text\t5\n1.2\tden andra indikatorns text\t3\n";
        // by position the figures stand on a row's first line, amid its wrapped text
        assertThat(measure(seed, "Nr Text Värde\n1.1 den första 5\nindikatorns text\n1.2 den andra 3\nindikatorns text").share())
                .isEqualTo(1.0);
        SeedCoverage.Result without = measure(seed, "Nr Text Värde 1.1 den första indikatorns text 5 1.2 den andra 3");
        assertThat(missing(without)).containsExactly("indikatorns text");
        SeedCoverage.Result wrongFigure = measure(seed, "Nr Text Värde 1.1 den första indikatorns text 5 1.2 den andra indikatorns text 4");
        assertThat(missing(wrongFigure)).containsExactly("3");
    }

    @Test
    void aCellSpanningRowsMayStandInTheSeedARowLaterOrSomeRowsEarlier() {
        // the goal is printed on its first indicator's row; the seed has it one row later
        String later = "# Rubrik\n2.5.1\tförsta indikatorn gäller avslut\t3\n2.5\teffekterna ska vara jämnt fördelade\t2.5.2\tandra indikatorn gäller arbete\t4\n";
        assertThat(measure(later, "2.5 effekterna ska vara jämnt fördelade 2.5.1 första indikatorn gäller avslut 3 "
                + "2.5.2 andra indikatorn gäller arbete 4").share()).isEqualTo(1.0);
        // the goal is printed three rows later than the seed has it, and the rows between are still read
        String earlier = "# Rubrik\n4.3\tverksamheter har identifierat områden\t4.2.3\tett två tre\t1\n4.2.5\tfyra fem sex\t2\n"
                + "4.2.6\tsju åtta nio\t3\n4.3.1\ttio elva tolv\t4\n";
        assertThat(measure(earlier, "4.2.3 ett två tre 1 4.2.5 fyra fem sex 2 4.2.6 sju åtta nio 3 "
                + "4.3 verksamheter har identifierat områden 4.3.1 tio elva tolv 4").share()).isEqualTo(1.0);
        // a goal that is not printed is still missing
        assertThat(String.join(" | ", missing(measure(later,
                "2.5 2.5.1 första indikatorn gäller avslut 3 2.5.2 andra indikatorn gäller arbete 4"))))
                .startsWith("effekterna ska vara jämnt fördelade");
    }

    @Test
    void aRowPrintedFurtherOnIsReported() {
        String seed = "# Rubrik\nR1\tett ord här\nR2\ttvå ord här\nR3\ttre ord här\nR4\tfyra ord här\nR5\tfem ord här\n";
        assertThat(measure(seed, "R1 ett ord här R2 två ord här R3 tre ord här R4 fyra ord här R5 fem ord här").share())
                .isEqualTo(1.0);
        SeedCoverage.Result moved = measure(seed, "R1 ett ord här R3 tre ord här R4 fyra ord här R5 fem ord här R2 två ord här");
        assertThat(moved.found()).isLessThan(moved.words());
    }

    @Test
    void aMissingRowAmongSimilarRowsIsReportedWithoutTakingTheRestOfItsTable() {
        String[] ends = {"arbete", "studier", "praktik", "utbildning", "annat", "eget", "stöd", "vård"};
        StringBuilder seed = new StringBuilder("# Rubrik\n");
        StringBuilder without = new StringBuilder();
        for (int r = 0; r < ends.length; r++) {
            String text = "Andelen deltagare som avslutat insatsen och gått vidare till " + ends[r] + " ska öka";
            seed.append("2.").append(r + 1).append('\t').append(text).append('\t').append(r + 3).append("\t1\n");
            if (r != 2) {
                without.append("2.").append(r + 1).append(' ').append(text).append(' ').append(r + 3).append(" 1 ");
            }
        }
        SeedCoverage.Result result = measure(seed.toString(), without.toString());
        int row = 16;
        assertThat(result.words() - result.found()).isBetween(row, 2 * row);
        assertThat(String.join(" | ", missing(result))).contains("praktik");
    }

    @Test
    void aMissingRowIsNotFoundInASimilarTextFarAheadThatWouldSkipTheRowsAfterIt() {
        String filler = "Efter tabellen kommer en lång text om helt andra saker som styrelsen har beslutat under året och som "
                + "inte hör till tabellen alls utan beskriver hur arbetet har gått i kommunerna och vad som återstår.";
        String seed = "# Rubrik\n1.1\tett unikt mål om samverkan\t5\n1.2\tverksamheterna ska uppnå femtio procent genomströmning\t8\n"
                + "1.3\tdeltagarna ska bli nöjda med stödet\t3\n1.4\tpersonalen ska trivas i sitt arbete\t2\n\n" + filler
                + " Verksamheterna ska uppnå femtio procent genomströmning 8 står det också här.\n";
        String printed = "1.1 ett unikt mål om samverkan 5 1.3 deltagarna ska bli nöjda med stödet 3 1.4 personalen ska trivas i "
                + "sitt arbete 2 " + filler + " Verksamheterna ska uppnå femtio procent genomströmning 8 står det också här.";
        assertThat(missing(measure(seed, printed))).containsExactly("1 2 verksamheterna ska uppnå femtio procent genomströmning 8");
    }

    @Test
    void aLongCellRepeatedInItsRowIsTheExtractionsDuplicateButNoOtherCellIs() {
        String seed = "# Rubrik\n5.1\tmedarbetarna trivs med att samarbeta\t80 % av personalen ska svara ja\t5.1.1\t"
                + "80 % av personalen ska svara ja\t2\t2\n";
        SeedCoverage.Result once = measure(seed, "5.1 medarbetarna trivs med att samarbeta 5.1.1 80 % av personalen ska svara ja 2 2");
        assertThat(once.share()).isEqualTo(1.0);
        assertThat(once.words()).isEqualTo(19);
        // two equal figures are two columns: one of them missing is reported
        assertThat(missing(measure(seed, "5.1 medarbetarna trivs med att samarbeta 5.1.1 80 % av personalen ska svara ja 2")))
                .containsExactly("2");
        assertThat(missing(measure(seed, "5.1 medarbetarna trivs med att samarbeta 5.1.1 2 2"))).containsExactly("80 av personalen ska svara ja");
    }

    @Test
    void aTableOfFiguresRightAfterATableContinuesItsRows() {
        String seed = "# Rubrik\nNr\tIndikator\n1.1\tden första indikatorn\n1.2\tden andra indikatorn\n\nVärde\tUtfall\n5\t3\n7\t0\n\nSlut på texten.\n";
        String printed = "Nr Indikator Värde Utfall 1.1 den första indikatorn 5 3 1.2 den andra indikatorn 7 0 Slut på texten.";
        assertThat(measure(seed, printed).share()).isEqualTo(1.0);
        assertThat(missing(measure(seed, printed.replace("7 0", "7 1")))).containsExactly("0");
        // figures printed away from their row are not found
        assertThat(missing(measure(seed, "Nr Indikator Värde Utfall 1.1 den första indikatorn 1.2 den andra indikatorn 7 0 "
                + "Slut på texten. Och här följer ett stycke som inte hör till tabellen alls. 5 3"))).containsExactly("5 3");
    }

    @Test
    void aWordSplitInOneTextAndWholeInTheOtherCountsButNotFigures() {
        assertThat(measure("# Rubrik\nMålområdets maximala impactvärde\n", "Mål- områdets maximala impact- värde").share()).isEqualTo(1.0);
        assertThat(measure("# Rubrik\nViktning av maximala impact värdet\n", "Viktning av maximala impactvärdet").share()).isEqualTo(1.0);
        assertThat(missing(measure("# Rubrik\nAntal mål 10 i år\n", "Antal mål 1 0 i år"))).containsExactly("10");
        assertThat(missing(measure("# Rubrik\nMålområdets maximala värde\n", "Mål områden maximala värde"))).containsExactly("målområdets");
    }

    @Test
    void aFigureWithoutAThousandsSpaceIsFoundGroupedByThreeDigitsOnly() {
        String seed = "# Rubrik\nTotalt\t2036\t2095\t59\nUtfall 2036 tkr i år.\n";
        assertThat(measure(seed, "Totalt 2 036 2 095 59 Utfall 2 036 tkr i år.").share()).isEqualTo(1.0);
        assertThat(missing(measure(seed, "Totalt 20 36 2 095 59 Utfall 2 03 6 tkr i år."))).containsExactly("2036", "2036");
    }

    @Test
    void aFootnoteIsFoundWhereverItsPageEndsButItsWordsInOrder() {
        String seed = "# Rubrik\nFörsta stycket handlar om DUA<sup>1</sup> och mer.\n\n---\n\n1. DUA står för delegationen för unga.\n\n"
                + "Andra stycket kommer efter sidbrytningen.\n\n<sup>2</sup> En andra not om något annat.\n";
        // in the tags' reading order the footnotes come at the end of the document
        String printed = "Första stycket handlar om DUA 1 och mer. Andra stycket kommer efter sidbrytningen. "
                + "1. DUA står för delegationen för unga. 2. En andra not om något annat.";
        assertThat(measure(seed, printed).share()).isEqualTo(1.0);
        assertThat(missing(measure(seed, "Första stycket handlar om DUA 1 och mer. Andra stycket kommer efter sidbrytningen. "
                + "2 En andra not om något annat."))).containsExactly("1 dua står för delegationen för unga");
        assertThat(missing(measure(seed, printed.replace("står för delegationen", "för delegationen står")))).isNotEmpty();
    }

    @Test
    void aTableCaptionMayStandAboveItsTable() {
        String seed = "# Rubrik\nMålområde\tAntal\nSamhällsnytta\t3\nSamverkan\t5\n\nTabell 1. Målområden i budgeten\n\nTexten efter tabellen.\n";
        assertThat(measure(seed, "Tabell 1. Målområden i budgeten Målområde Antal Samhällsnytta 3 Samverkan 5 Texten efter tabellen.")
                .share()).isEqualTo(1.0);
        assertThat(missing(measure(seed, "Målområde Antal Samhällsnytta 3 Samverkan 5 Texten efter tabellen.")))
                .containsExactly("tabell 1 målområden i budgeten");
        // a title line is a caption too, a sentence is not: printed before the table it is out of place
        assertThat(measure("# Rubrik\nMålområde\tViktning\nSamhällsnytta\t39 %\n\nStyrelsens viktning av målområdena\n",
                "Styrelsens viktning av målområdena Målområde Viktning Samhällsnytta 39 %").share()).isEqualTo(1.0);
        assertThat(missing(measure("# Rubrik\nMålområde\tViktning\nSamhällsnytta\t39 %\n\nStyrelsen har viktat målområdena så.\n",
                "Styrelsen har viktat målområdena så. Målområde Viktning Samhällsnytta 39 %")))
                .containsExactly("styrelsen har viktat målområdena så");
    }

    @Test
    void eachSectionCountsWithTheReadingThatFindsMostButNoReadingFindsWhatIsNotPrinted() {
        String seed = "# A\nett två tre fyra\n# B\nfem sex sju åtta\n";
        SeedCoverage.Result best = SeedCoverage.bestOf(seed, List.of("A ett två tre fyra B fem sju", "A ett tre B fem sex sju åtta"));
        assertThat(best.share()).isEqualTo(1.0);
        SeedCoverage.Result neither = SeedCoverage.bestOf(seed, List.of("A ett två tre B fem sju", "A ett tre B fem sex sju"));
        assertThat(missing(neither)).containsExactly("fyra", "åtta");
    }
}
