package se.finsam.handlingar.budget;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentCheck;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Compares the counts and impact values a verksamhetsplan states for its social budget (Tabell 1, Bilaga 1) with
 * those counted from its goals and indicators, and each indicator's follow-up (its outcome marking and stated outcome
 * value). Counts are exact: any difference is a finding.
 */
@Component
class BudgetPlanSocialCheck implements DocumentCheck {

    @Override
    public boolean appliesTo(String templateId) {
        return BudgetChecks.TEMPLATE.equals(templateId);
    }

    @Override
    public List<Finding> check(JsonNode data) {
        List<Finding> findings = new ArrayList<>();
        JsonNode social = data.path("socialBudget");
        outcomes(findings, social);
        JsonNode stated = social.path("angivet");
        if (stated.isMissingNode()) {
            return findings;
        }
        JsonNode computed = BudgetPlanEnricher.socialBudget(social);
        compare(findings, stated.path("maxVarde"), computed.path("maxVarde").asLong(), "/socialBudget/angivet/maxVarde",
                "Maximalt impactvärde för hela den sociala budgeten");
        for (int i = 0; i < stated.path("malomraden").size(); i++) {
            JsonNode s = stated.path("malomraden").get(i);
            JsonNode c = computed.path("malomraden").path(i);
            String area = "Målområde " + social.path("malomraden").path(i).path("nummer").asInt(i + 1) + " "
                    + social.path("malomraden").path(i).path("namn").asString("");
            String base = "/socialBudget/angivet/malomraden/" + i;
            compare(findings, s.path("antalMal"), c.path("antalMal").asLong(), base + "/antalMal", area + ", antal mål");
            compare(findings, s.path("antalIndikatorer"), c.path("antalIndikatorer").asLong(), base + "/antalIndikatorer",
                    area + ", antal indikatorer");
            compare(findings, s.path("maxVarde"), c.path("maxVarde").asLong(), base + "/maxVarde", area + ", maximalt impactvärde");
        }
        return findings;
    }

    /**
     * An indicator marked both positive and negative has no outcome; a stated outcome value (Utfall social impact)
     * must be the one its marking gives (the assessed value when positive, 0 when negative).
     */
    private static void outcomes(List<Finding> findings, JsonNode social) {
        JsonNode areas = social.path("malomraden");
        for (int a = 0; a < areas.size(); a++) {
            JsonNode area = areas.get(a);
            String where = "Målområde " + area.path("nummer").asInt(a + 1) + " " + area.path("namn").asString("");
            for (int g = 0; g < area.path("mal").size(); g++) {
                JsonNode indicators = area.path("mal").get(g).path("indikatorer");
                for (int i = 0; i < indicators.size(); i++) {
                    JsonNode indicator = indicators.get(i);
                    String pointer = "/socialBudget/malomraden/" + a + "/mal/" + g + "/indikatorer/" + i;
                    String name = where + ", indikator " + indicator.path("nummer").asString("");
                    if (indicator.path("positivtUtfall").asBoolean(false) && indicator.path("negativtUtfall").asBoolean(false)) {
                        findings.add(Finding.warning("socialbudget.utfall-motsagelse", pointer,
                                name + ": markerad med både positivt och negativt utfall."));
                    }
                    Integer outcome = SocialBudgetFigures.outcome(indicator);
                    JsonNode stated = indicator.path("angivetUtfall");
                    if (outcome != null && stated.isIntegralNumber() && stated.asInt() != outcome) {
                        findings.add(new Finding(Severity.WARNING, "socialbudget.angivet-utfall", pointer + "/angivetUtfall",
                                name + ": utfallet angivet " + stated.asInt() + ", men "
                                        + (outcome == 0 ? "negativt utfall ger 0." : "positivt utfall ger det bedömda värdet " + outcome + "."),
                                outcome.longValue(), stated.asLong()));
                    }
                }
            }
        }
    }

    private static void compare(List<Finding> findings, JsonNode stated, long computed, String pointer, String what) {
        if (stated.isIntegralNumber() && stated.asLong() != computed) {
            findings.add(new Finding(Severity.WARNING, "socialbudget.angivet-tal", pointer,
                    what + ": angivet " + stated.asLong() + ", räknat ur indikatorerna " + computed + ".", computed, stated.asLong()));
        }
    }
}
