package se.finsam.handlingar.annualreport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.handlingar.document.Finding;
import tools.jackson.databind.JsonNode;

/**
 * The ledamöter who sign: those in office on the signing date, in the order {@code undertecknande.ordning} names them
 * (those it does not name follow in the styrelse's order). Taken from the report data for now; the organisation
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
                out.add(s);
            }
        }
        List<String> order = order(data);
        // a stable sort: the named in the given order, the others after them as the styrelse lists them
        out.sort(Comparator.comparingInt(s -> {
            int at = order.indexOf(String.valueOf(s.get("namn")).strip());
            return at < 0 ? order.size() : at;
        }));
        for (int i = 0; i < out.size(); i++) {
            out.get(i).put("id", "underskrift-" + (i + 1));
        }
        return out;
    }

    /** A name in the signing order that is no ledamot in office on the signing date: it would sign nowhere. */
    static List<Finding> unknownInOrder(JsonNode data) {
        if (!data.path("undertecknande").has("ordning")) {
            return List.of();
        }
        try {
            LocalDate.parse(data.path("undertecknande").path("datum").asString());
        } catch (DateTimeParseException e) {
            return List.of();
        }
        List<String> signing = inOffice(data).stream().map(s -> String.valueOf(s.get("namn")).strip()).toList();
        List<String> order = order(data);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (!signing.contains(order.get(i))) {
                findings.add(Finding.error("undertecknare.ordning", "/undertecknande/ordning/" + i, order.get(i)
                        + " står i underskrifternas ordning men är inte ledamot i styrelsen den "
                        + data.path("undertecknande").path("datum").asString() + "."));
            }
        }
        return findings;
    }

    private static List<String> order(JsonNode data) {
        List<String> order = new ArrayList<>();
        data.path("undertecknande").path("ordning").forEach(n -> order.add(n.asString("").strip()));
        return order;
    }
}
