package se.finsam.handlingar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed report (the fixture keeps its printed numbers): the checks find exactly its errors, listed in
 * docs/arsredovisning.md, and nothing else; with the errors corrected nothing is found.
 */
public class SeedReportFindingsTest {

    static ObjectNode seed() {
        return (ObjectNode) Api.fixtureJson("arsredovisning-2023.json").path("data");
    }

    static List<String> summary(JsonNode data) {
        return AnnualReportAnalysis.of(data, EquityCap.DEFAULT).findings().stream()
                .map(f -> f.code() + " " + f.pointer() + " " + f.expected() + " " + f.actual()).toList();
    }

    @Test
    void findsExactlyTheSeedsErrors() {
        assertThat(summary(seed())).containsExactly(
                "resultatrakning.summa /resultatrakning/1/tryckt/resultatEfterFinansiellaPoster 235982 235981",
                "not.summa /noter/2/tryckt/summa/0 -11568045 -11568044",
                "kassaflode.rad /kassaflodesanalys/tryckt/0/skulder 2479496 2479495",
                "kassaflode.rad /kassaflodesanalys/tryckt/0/lopande 2483663 2423929",
                "kassaflode.rad /kassaflodesanalys/tryckt/0/aretsKassaflode 2483663 null",
                "kassaflode.rad /kassaflodesanalys/tryckt/1/lopande -422686 -658667",
                "kassaflode.rad /kassaflodesanalys/tryckt/1/aretsKassaflode -422686 null",
                "kassaflode.likvidaMedel /kassaflodesanalys/tryckt/1/aretsKassaflode -422685 -422686",
                "driftsredovisning.budget /driftsredovisning/tryckt/egetKapital/budget 886 946",
                "trappan /trappan/tryckt 2053 2087",
                "tabell.avvikelse /tabeller/2/rader/3/varden/2 98 0",
                "tabell.avvikelse /tabeller/2/rader/19/varden/2 63 104",
                "tabell.avvikelse /tabeller/2/rader/21/varden/2 30 70",
                "tabell.avvikelse /tabeller/2/rader/35/varden/2 1165 1067",
                "impact.antalMal /socialBudget/malomraden/0/tryckt/antalMal 3 2",
                "text.uppgift /forvaltningsberattelse/1/text 772 705",
                "text.uppgift /forvaltningsberattelse/1/text 234 271",
                "text.uppgift /forvaltningsberattelse/1/text 112 123",
                "text.uppgift /forvaltningsberattelse/1/text 122 148",
                "text.uppgift /forvaltningsberattelse/1/text 144 179",
                "text.uppgift /forvaltningsberattelse/1/text 62 66",
                "text.uppgift /forvaltningsberattelse/1/text 35 38",
                "text.uppgift /forvaltningsberattelse/1/text 17 19",
                "text.uppgift /forvaltningsberattelse/1/text 25 27",
                "text.uppgift /forvaltningsberattelse/1/text 26 25",
                "text.uppgift /forvaltningsberattelse/1/text 12 7",
                "text.uppgift /forvaltningsberattelse/1/text 60 59",
                "text.uppgift /forvaltningsberattelse/7/text 11354 11380",
                "text.uppgift /forvaltningsberattelse/10/text 2053 2087",
                "text.uppgift /forvaltningsberattelse/50/text 60 59",
                "text.uppgift /forvaltningsberattelse/51/text 1067 1063",
                "text.uppgift /forvaltningsberattelse/51/text 60 57",
                "text.uppgift /forvaltningsberattelse/51/text 42 7",
                "text.platshallare /bilagor/3/text null xx");
    }

    @Test
    void correctedSeedHasNoFindings() {
        assertThat(summary(corrected())).isEmpty();
    }

    /** The seed's data with its arithmetic errors corrected: a report that may be archived as final. */
    public static ObjectNode corrected() {
        ObjectNode d = seed();
        ((ObjectNode) d.at("/resultatrakning/1/tryckt")).put("resultatEfterFinansiellaPoster", 235982);
        ((ObjectNode) d.at("/resultatrakning/1/tryckt")).put("aretsResultat", 235982);
        ((ArrayNode) d.at("/noter/2/tryckt/summa")).set(0, -11568045);
        ((ObjectNode) d.at("/resultatrakning/0")).put("kostnader", -11568045);
        ((ObjectNode) d.at("/resultatrakning/0")).put("intakter", 11583380);
        ((ArrayNode) d.at("/noter/1/tryckt/summa")).set(0, 11583380);
        ((ArrayNode) d.at("/noter/1/rader/9/belopp")).set(0, 229380);
        ((ObjectNode) d.at("/resultatrakning/0/tryckt")).put("verksamhetensResultat", 15335);
        ((ObjectNode) d.at("/kassaflodesanalys/tryckt/0")).put("skulder", 2479496).put("lopande", 2483663)
                .put("aretsKassaflode", 2483663);
        ((ObjectNode) d.at("/kassaflodesanalys/tryckt/1")).put("lopande", -422685).put("aretsKassaflode", -422685)
                .put("aretsResultat", 235982).put("medelFore", 235982);
        ((ObjectNode) d.at("/balansrakning/1")).put("aretsResultat", 235982).put("ovrigtEgetKapital", 1799592);
        ((ObjectNode) d.at("/driftsredovisning/tryckt/egetKapital")).put("budget", 886).put("avvikelse", 1209);
        ((ObjectNode) d.at("/trappan")).put("tryckt", 2053);
        ((ArrayNode) d.at("/tabeller/2/rader/3/varden")).set(2, 98);
        ((ArrayNode) d.at("/tabeller/2/rader/19/varden")).set(2, 63);
        ((ArrayNode) d.at("/tabeller/2/rader/21/varden")).set(2, 30);
        ((ArrayNode) d.at("/tabeller/2/rader/35/varden")).set(2, 1165);
        ((ObjectNode) d.at("/socialBudget/malomraden/0/tryckt")).put("antalMal", 3);
        for (int i = 0; i < d.path("forvaltningsberattelse").size(); i++) {
            ObjectNode s = (ObjectNode) d.path("forvaltningsberattelse").get(i);
            s.put("text", AnnualNarrative.MARKER.matcher(s.path("text").asString("")).replaceAll("{{$1}}"));
        }
        ObjectNode b1 = (ObjectNode) d.path("bilagor").get(3);
        b1.put("text", b1.path("text").asString().replace("xx indikatorer", "indikatorer"));
        return d;
    }

    @Test
    void everyFindingNamesPlaceExpectedAndActual() {
        List<Finding> findings = AnnualReportAnalysis.of(seed(), EquityCap.DEFAULT).findings();
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR)
                .allSatisfy(f -> assertThat(f.expected()).isNotNull())
                .allSatisfy(f -> assertThat(seed().at(f.pointer().replaceAll("/text$", "/text")).isMissingNode()).isFalse());
    }
}
