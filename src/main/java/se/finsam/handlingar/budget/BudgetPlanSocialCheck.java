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
 * those counted from its goals and indicators. Counts are exact: any difference is a finding.
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

    private static void compare(List<Finding> findings, JsonNode stated, long computed, String pointer, String what) {
        if (stated.isIntegralNumber() && stated.asLong() != computed) {
            findings.add(new Finding(Severity.WARNING, "socialbudget.angivet-tal", pointer,
                    what + ": angivet " + stated.asLong() + ", räknat ur indikatorerna " + computed + ".", computed, stated.asLong()));
        }
    }
}
