package se.finsam.handlingar.budget;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentDataEnricher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives the verksamhetsplan template its computed figures under {@code berakning}: the budget
 * ({@link BudgetCalculation}) and the social budget's figures ({@link SocialBudgetFigures}).
 */
@Component
class BudgetPlanEnricher implements DocumentDataEnricher {

    private final JsonMapper json;

    BudgetPlanEnricher(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean appliesTo(String templateId) {
        return BudgetChecks.TEMPLATE.equals(templateId);
    }

    @Override
    public JsonNode enrich(JsonNode data) {
        ObjectNode enriched = (ObjectNode) data.deepCopy();
        ObjectNode computed = enriched.putObject("berakning");
        computed.set("budget", json.valueToTree(BudgetCalculator.calculate(
                BudgetReader.read(data.path("budget"), data.path(BudgetChecks.PLAN_PRESENTATION)))));
        computed.set("avsnitt", PlanSections.of(data));
        if (data.has("socialBudget")) {
            computed.set("socialBudget", socialBudget(data.path("socialBudget")));
        }
        return enriched;
    }

    static ObjectNode socialBudget(JsonNode social) {
        return SocialBudgetFigures.of(social);
    }
}
