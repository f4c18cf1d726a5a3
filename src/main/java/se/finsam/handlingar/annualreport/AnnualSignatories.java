package se.finsam.handlingar.annualreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The ledamöter who sign: those in office on the signing date. Taken from the report data for now; the organisation
 * register will supply them later.
 */
final class AnnualSignatories {

    private AnnualSignatories() {
    }

    static List<Map<String, Object>> inOffice(JsonNode data) {
        LocalDate date = LocalDate.parse(data.path("undertecknande").path("datum").asString());
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode l : data.path("styrelse").path("ledamoter")) {
            LocalDate from = l.hasNonNull("fran") ? LocalDate.parse(l.path("fran").asString()) : null;
            LocalDate to = l.hasNonNull("till") ? LocalDate.parse(l.path("till").asString()) : null;
            if ((from == null || !from.isAfter(date)) && (to == null || !to.isBefore(date))) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("namn", l.path("namn").asString());
                String role = l.path("roll").asString("ledamot");
                s.put("roll", role.substring(0, 1).toUpperCase() + role.substring(1));
                s.put("id", "underskrift-" + (out.size() + 1));
                out.add(s);
            }
        }
        return out;
    }
}
