package se.finsam.handlingar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each rule, broken on purpose in an otherwise unchanged seed. */
class AnnualRulesTest {

    static List<String> codes(ObjectNode data, EquityCap cap) {
        return AnnualReportAnalysis.of(data, cap).findings().stream().map(f -> f.code() + " " + f.pointer()).toList();
    }

    @Test
    void balanceSheetMustBalance() {
        ObjectNode d = SeedReportFindingsTest.seed();
        ((ObjectNode) d.at("/balansrakning/0")).put("kortfristigaSkulder", 6618000);
        ((ObjectNode) d.at("/balansrakning/0")).remove("tryckt");
        assertThat(codes(d, EquityCap.DEFAULT)).contains("balansrakning.balanserar /balansrakning/0/tryckt/summaEgetKapitalOchSkulder",
                "not.rad /noter/5/tryckt/summa/0");
    }

    @Test
    void equityChainAndResultLinkBetweenStatements() {
        ObjectNode d = SeedReportFindingsTest.seed();
        ((ObjectNode) d.at("/balansrakning/0")).put("ovrigtEgetKapital", 2000000);
        ((ObjectNode) d.at("/balansrakning/0")).put("aretsResultat", 59000);
        assertThat(codes(d, EquityCap.DEFAULT)).contains("egetKapital.kedja /balansrakning/0/ovrigtEgetKapital",
                "egetKapital.aretsResultat /balansrakning/0/aretsResultat");
    }

    @Test
    void derivedCashFlowEqualsCashChange() {
        ObjectNode d = SeedReportFindingsTest.seed();
        d.remove("kassaflodesanalys");
        assertThat(codes(d, EquityCap.DEFAULT)).noneMatch(c -> c.startsWith("kassaflode"));
        ((ObjectNode) d.at("/balansrakning/0")).put("kassaOchBank", 8500000);
        assertThat(codes(d, EquityCap.DEFAULT)).contains("kassaflode.likvidaMedel /kassaflodesanalys");
    }

    @Test
    void trappanFollowsTheOrganisationSetting() {
        ObjectNode d = SeedReportFindingsTest.seed();
        ((ObjectNode) d.at("/trappan")).put("tryckt", 2053);
        assertThat(codes(d, EquityCap.DEFAULT)).doesNotContain("trappan /trappan/tryckt");
        EquityCap generous = new EquityCap(new BigDecimal("0.25"), BigDecimal.valueOf(7_000_000), new BigDecimal("0.15"));
        assertThat(generous.ceiling(BigDecimal.valueOf(11_354_000))).isEqualByComparingTo("2403100");
        assertThat(codes(d, generous)).contains("trappan /trappan/tryckt");
    }

    @Test
    void budgetDeviationAndTableSums() {
        ObjectNode d = SeedReportFindingsTest.seed();
        ((ObjectNode) d.at("/driftsredovisning/tryckt/intakter")).put("avvikelse", 100);
        ((ArrayNode) d.at("/tabeller/2/rader/14/varden")).set(0, -2900);
        assertThat(codes(d, EquityCap.DEFAULT)).contains("driftsredovisning.avvikelse /driftsredovisning/tryckt/intakter/avvikelse",
                "tabell.summa /tabeller/2/rader/14/varden/0");
    }

    @Test
    void generatedNarrativeTakesItsNumbersFromTheData() {
        ObjectNode d = SeedReportFindingsTest.seed();
        ((ObjectNode) d.at("/forvaltningsberattelse/51")).put("text", "Ett överskott på {{aretsResultat.tkr}} tkr; {{okand.uppgift}}.");
        AnnualReportAnalysis a = AnnualReportAnalysis.of(d, EquityCap.DEFAULT);
        List<AnnualReportView.Section> sections = a.view().forvaltningsberattelse();
        assertThat(sections.get(51).text()).isEqualTo("Ett överskott på 60 tkr; .");
        assertThat(a.findings()).extracting(f -> f.code() + " " + f.pointer())
                .contains("text.okandUppgift /forvaltningsberattelse/51/text");
    }
}
