package se.finsam.handlingar.budget;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentDataEnricher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives the verksamhetsplan template its computed figures under {@code berakning}: the budget
 * ({@link BudgetCalculation}) and the social budget's counts per målområde.
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
        ObjectNode out = JsonMapper.shared().createObjectNode();
        ArrayNode areas = out.putArray("malomraden");
        long goals = 0;
        long indicators = 0;
        long value = 0;
        for (JsonNode area : social.path("malomraden")) {
            long areaIndicators = 0;
            long areaValue = 0;
            for (JsonNode goal : area.path("mal")) {
                for (JsonNode indicator : goal.path("indikatorer")) {
                    areaIndicators++;
                    areaValue += indicator.path("varde").asLong();
                }
            }
            ObjectNode row = areas.addObject();
            row.put("antalMal", area.path("mal").size());
            row.put("antalIndikatorer", areaIndicators);
            row.put("maxVarde", areaValue);
            goals += area.path("mal").size();
            indicators += areaIndicators;
            value += areaValue;
        }
        out.put("antalMal", goals);
        out.put("antalIndikatorer", indicators);
        out.put("maxVarde", value);
        return out;
    }
}
