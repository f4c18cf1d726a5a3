package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.impact.SocialReportAnalysis;
import se.finsam.handlingar.impact.SocialView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of last year's report that no book gives, carried into next year's draft as far as they are not the year's
 * results: the participant statistics keep their rows and rules with last year's figures as the comparison column;
 * the Impactindex tables move one year on with this year's column empty; the social budget (målområden, målvikter)
 * stays as the plan gave it, its indikatorer not yet assessed. Free tables are left out. A WARNING per part says what
 * must be entered.
 */
final class DraftCarryOver {

    private DraftCarryOver() {
    }

    static void apply(ObjectNode data, JsonNode previous, int year, List<Finding> findings) {
        participants(data, previous, year, findings);
        impactTables(data, year, findings);
        socialBudget(data, year, findings);
        freeTables(previous, findings);
    }

    private static void participants(ObjectNode data, JsonNode previous, int year, List<Finding> findings) {
        JsonNode tables = data.path("deltagarstatistik");
        if (tables.isEmpty()) {
            return;
        }
        Map<String, List<SocialView.ParticipantRow>> lastYear = SocialReportAnalysis.analyse(previous).view().deltagare();
        for (int t = 0; t < tables.size(); t++) {
            ObjectNode table = (ObjectNode) tables.get(t);
            List<SocialView.ParticipantRow> shown = lastYear.get(table.path("id").asString());
            table.put("foregaendeRubrik", Integer.toString(year - 1));
            if (table.has("tabelltext")) {
                table.put("tabelltext", table.path("tabelltext").asString().replace(Integer.toString(year - 1),
                        Integer.toString(year)));
            }
            List<String> toEnter = new ArrayList<>();
            JsonNode rows = table.path("rader");
            for (int r = 0; r < rows.size(); r++) {
                ObjectNode row = (ObjectNode) rows.get(r);
                SocialView.ParticipantRow before = shown == null || r >= shown.size() ? null : shown.get(r);
                row.remove(List.of("kvinnor", "man", "totalt", "procent", "foregaende", "foregaendeProcent"));
                if (before != null && row.has("procentAv")) {
                    put(row, "foregaendeProcent", before.procent());
                } else if (before != null) {
                    put(row, "foregaende", before.totalt());
                }
                if (row.path("summa").isEmpty() && row.path("skillnad").isEmpty()) {
                    toEnter.add(row.path("rubrik").asString());
                }
            }
            findings.add(new Finding(Severity.WARNING, "utkast.deltagarstatistik", "/deltagarstatistik/" + t,
                    "Deltagarstatistiken \"" + table.path("rubrik").asString() + "\" har " + (year - 1) + " som jämförelse; "
                    + "ange antalet kvinnor och män för " + year + " på raderna " + quoted(toEnter)
                    + " (summor, totaler och andelar räknas).", null, null));
        }
    }

    private static void impactTables(ObjectNode data, int year, List<Finding> findings) {
        JsonNode tables = data.path("impactTabeller");
        for (int t = 0; t < tables.size(); t++) {
            ObjectNode table = (ObjectNode) tables.get(t);
            JsonNode oldYears = table.path("ar");
            ArrayNode years = table.putArray("ar");
            for (JsonNode y : oldYears) {
                years.add(y.asInt() + 1);
            }
            List<String> rowsToEnter = new ArrayList<>();
            for (JsonNode r : table.path("rader")) {
                ObjectNode row = (ObjectNode) r;
                JsonNode old = row.path("varden");
                ArrayNode values = row.putArray("varden");
                for (int c = 0; c < years.size(); c++) {
                    int index = indexOf(oldYears, years.get(c).asInt());
                    JsonNode v = index < 0 ? null : old.get(index);
                    if (v == null || v.isNull()) {
                        values.addNull();
                    } else {
                        values.add(v);
                    }
                }
                row.remove("diff");
                rowsToEnter.add(row.path("rubrik").asString());
            }
            if (table.has("tabelltext")) {
                table.put("tabelltext", table.path("tabelltext").asString().replace(Integer.toString(year - 1),
                        Integer.toString(year)));
            }
            findings.add(new Finding(Severity.WARNING, "utkast.impactindex", "/impactTabeller/" + t, "Impactindex "
                    + year + " för \"" + table.path("rubrik").asString() + "\" saknas; ange årets värden för "
                    + quoted(rowsToEnter) + " (skillnaden mot tidigare år räknas).", null, null));
        }
    }

    private static void socialBudget(ObjectNode data, int year, List<Finding> findings) {
        if (!data.has("socialBudget")) {
            return;
        }
        ObjectNode budget = (ObjectNode) data.get("socialBudget");
        budget.put("ar", year);
        budget.remove("tryckt");
        int indicators = 0;
        for (JsonNode area : budget.path("malomraden")) {
            ((ObjectNode) area).remove("tryckt");
            for (JsonNode i : area.path("indikatorer")) {
                ((ObjectNode) i).put("uppnadd", false);
                indicators++;
            }
        }
        findings.add(new Finding(Severity.WARNING, "utkast.socialBudget", "/socialBudget", "Den sociala budgetens "
                + "målområden, målvikter och mål är förra årets; kontrollera dem mot verksamhetsplanen för " + year
                + (indicators == 0 ? "." : " och bedöm de " + indicators + " indikatorerna för " + year
                + " (uppnadd); till dess är årets Impactindex 0."), null, null));
    }

    private static void freeTables(JsonNode previous, List<Finding> findings) {
        JsonNode tables = previous.path("tabeller");
        for (JsonNode table : tables) {
            if (OperatingTable.ID.equals(table.path("id").asString())) {
                continue;
            }
            findings.add(new Finding(Severity.WARNING, "utkast.tabell", "/tabeller", "Tabellen \""
                    + table.path("rubrik").asString() + "\" (" + table.path("id").asString() + ") kommer inte ur "
                    + "bokföringen och är inte med i utkastet; lägg in årets tabell under \"tabeller\" och "
                    + "\"infoga\": \"tabell:" + table.path("id").asString() + "\" där den ska stå.", null, null));
        }
    }

    private static void put(ObjectNode row, String key, BigDecimal value) {
        if (value != null) {
            row.put(key, value);
        }
    }

    private static int indexOf(JsonNode years, int year) {
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).asInt() == year) {
                return i;
            }
        }
        return -1;
    }

    private static String quoted(List<String> texts) {
        return texts.isEmpty() ? "(inga)" : "\"" + String.join("\", \"", texts) + "\"";
    }
}
