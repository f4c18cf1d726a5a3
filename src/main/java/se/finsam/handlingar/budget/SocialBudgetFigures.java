package se.finsam.handlingar.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The social budget's figures: goals, indicators and the assessed impact value per målområde and in total, and, where
 * the plan carries a follow-up (positive or negative outcome per indicator), each indicator's outcome value, the
 * reached impact value and the Impactindex (reached as a share of the maximum, in whole per cent, half up).
 */
final class SocialBudgetFigures {

    private SocialBudgetFigures() {
    }

    /**
     * An indicator's outcome value: its assessed value when it is marked positive, 0 when negative; null when it is
     * marked neither or both, so the outcome cannot be counted.
     */
    static Integer outcome(JsonNode indicator) {
        boolean positive = indicator.path("positivtUtfall").asBoolean(false);
        boolean negative = indicator.path("negativtUtfall").asBoolean(false);
        if (positive == negative) {
            return null;
        }
        return positive ? indicator.path("varde").asInt() : 0;
    }

    static boolean followedUp(JsonNode indicator) {
        return indicator.has("positivtUtfall") || indicator.has("negativtUtfall") || indicator.has("angivetUtfall");
    }

    static ObjectNode of(JsonNode social) {
        ObjectNode out = JsonMapper.shared().createObjectNode();
        ArrayNode areas = out.putArray("malomraden");
        long goals = 0;
        long indicators = 0;
        long value = 0;
        long reached = 0;
        boolean followedUp = false;
        for (JsonNode area : social.path("malomraden")) {
            ObjectNode row = areas.addObject();
            ArrayNode goalRows = row.putArray("mal");
            long areaIndicators = 0;
            long areaValue = 0;
            long areaReached = 0;
            for (JsonNode goal : area.path("mal")) {
                ArrayNode indicatorRows = goalRows.addObject().putArray("indikatorer");
                for (JsonNode indicator : goal.path("indikatorer")) {
                    areaIndicators++;
                    areaValue += indicator.path("varde").asLong();
                    Integer outcome = outcome(indicator);
                    // printed: the counted outcome, or the stated one where none can be counted
                    Integer printed = outcome != null ? outcome
                            : indicator.path("angivetUtfall").isIntegralNumber() ? indicator.path("angivetUtfall").asInt() : null;
                    ObjectNode i = indicatorRows.addObject();
                    if (printed != null) {
                        i.put("utfall", printed);
                        areaReached += printed;
                    }
                    followedUp |= followedUp(indicator);
                }
            }
            row.put("antalMal", area.path("mal").size());
            row.put("antalIndikatorer", areaIndicators);
            row.put("maxVarde", areaValue);
            row.put("uppnatt", areaReached);
            row.put("index", index(areaReached, areaValue));
            goals += area.path("mal").size();
            indicators += areaIndicators;
            value += areaValue;
            reached += areaReached;
        }
        out.put("antalMal", goals);
        out.put("antalIndikatorer", indicators);
        out.put("maxVarde", value);
        out.put("uppfoljd", followedUp);
        out.put("uppnatt", reached);
        out.put("index", index(reached, value));
        return out;
    }

    private static long index(long reached, long max) {
        return max == 0 ? 0 : BigDecimal.valueOf(reached * 100).divide(BigDecimal.valueOf(max), 0, RoundingMode.HALF_UP).longValue();
    }
}
