package se.finsam.handlingar.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The worked examples in bilaga 1 of the verksamhetsplan 2022–2024 (134 of 176 → 76; 102 of 176 → 58). */
class ImpactIndexTest {

    /** Indikatorer weighted 1–10 summing to max, the first ones reached until reached is met exactly. */
    static ImpactIndex.Area area(String name, int target, int max, int reached) {
        List<ImpactIndex.Indicator> indicators = new ArrayList<>();
        int left = max;
        int toReach = reached;
        int n = 1;
        while (left > 0) {
            int weight = Math.min(10, left);
            if (toReach > 0 && toReach < weight) {
                weight = toReach;
            }
            boolean hit = toReach >= weight && toReach > 0;
            indicators.add(new ImpactIndex.Indicator(name + "." + n++, "", weight, hit));
            left -= weight;
            if (hit) {
                toReach -= weight;
            }
        }
        return new ImpactIndex.Area(name, BigDecimal.valueOf(target), indicators);
    }

    static List<ImpactIndex.Area> example(int reachedInFirst) {
        return List.of(area("Samhälls- och medlemsnyttan", 40, 68, reachedInFirst),
                area("Jämlik samverkan", 25, 43, 33), area("Deltagarnöjdhet", 15, 26, 19),
                area("Samordning", 10, 18, 14), area("Medarbetarnöjdhet", 10, 21, 10));
    }

    @Test
    void example1Gives76() {
        ImpactIndex.Result r = ImpactIndex.compute(example(58));
        assertThat(r.maximum()).isEqualTo(176);
        assertThat(r.reached()).isEqualTo(134);
        assertThat(r.index()).isEqualTo(76);
        assertThat(r.areas()).extracting(ImpactIndex.AreaResult::index).containsExactly(85, 77, 73, 78, 48);
        assertThat(r.areas()).extracting(a -> a.actualWeight().setScale(0, java.math.RoundingMode.HALF_UP).intValue())
                .containsExactly(39, 24, 15, 10, 12);
        assertThat(r.areas()).allMatch(ImpactIndex.AreaResult::weightWithinLimit);
    }

    @Test
    void example2Gives58() {
        ImpactIndex.Result r = ImpactIndex.compute(example(26));
        assertThat(r.reached()).isEqualTo(102);
        assertThat(r.index()).isEqualTo(58);
        assertThat(r.areas().get(0).index()).isEqualTo(38);
    }

    @Test
    void weightOutsideFivePointsIsAFinding() {
        List<ImpactIndex.Area> areas = List.of(area("A", 40, 50, 10), area("B", 60, 50, 10));
        ImpactIndex.Result r = ImpactIndex.compute(areas);
        assertThat(r.areas()).extracting(ImpactIndex.AreaResult::weightWithinLimit).containsExactly(false, false);

        ObjectNode data = (ObjectNode) Api.fixtureJson("arsredovisning-2023.json").path("data");
        ((ObjectNode) data.at("/socialBudget/malomraden/0")).put("indexpoang", 140);
        assertThat(SocialReportAnalysis.analyse(data).findings()).extracting(f -> f.code() + " " + f.pointer())
                .contains("impact.vikt /socialBudget/malomraden/0/malvikt");
    }

    @Test
    void indicatorsInTheDataGiveIndexAndPercentagesComeFromCounts() {
        ObjectNode data = (ObjectNode) Api.fixtureJson("arsredovisning-2023.json").path("data");
        ArrayNode areas = (ArrayNode) data.at("/socialBudget/malomraden");
        int[][] spec = {{68, 58, 40}, {43, 33, 25}, {26, 19, 15}, {18, 14, 10}, {21, 10, 10}};
        for (int i = 0; i < 5; i++) {
            ((ObjectNode) areas.get(i)).put("malvikt", spec[i][2]);
            ArrayNode indicators = ((ObjectNode) areas.get(i)).putArray("indikatorer");
            for (ImpactIndex.Indicator ind : area("x", 0, spec[i][0], spec[i][1]).indicators()) {
                indicators.addObject().put("vikt", ind.weight()).put("uppnadd", ind.reached());
            }
            ((ObjectNode) areas.get(i)).remove("tryckt");
        }
        ((ObjectNode) data.at("/socialBudget")).remove("tryckt");
        SocialReportAnalysis.Result result = SocialReportAnalysis.analyse(data);
        assertThat(result.figures().get("impact.index")).isEqualByComparingTo("76");
        assertThat(result.findings()).noneMatch(f -> f.code().startsWith("impact."));
        assertThat(result.figures().get("deltagare.amt.positiv.procent")).isEqualByComparingTo("62");

        ((ObjectNode) data.at("/deltagarstatistik/0/rader/3")).put("procent", 66);
        ((ObjectNode) data.at("/deltagarstatistik/0/rader/4")).put("kvinnor", 24);
        assertThat(SocialReportAnalysis.analyse(data).findings()).extracting(f -> f.code() + " " + f.pointer())
                .contains("deltagare.procent /deltagarstatistik/0/rader/3/procent",
                        "deltagare.totalt /deltagarstatistik/0/rader/4/totalt",
                        "deltagare.summa /deltagarstatistik/0/rader/3/kvinnor");
    }
}
