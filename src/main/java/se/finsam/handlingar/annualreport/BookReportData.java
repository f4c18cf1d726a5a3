package se.finsam.handlingar.annualreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes book figures in the shape of the report's data: the statements, the notes that specify a statement line
 * (one row per account, or per the mapping's note row).
 */
final class BookReportData {

    private static final List<String> NOTE_LINES = List.of("intakter", "kostnader", "fordringar", "kortfristigaSkulder");

    private final JsonMapper json;

    BookReportData(JsonMapper json) {
        this.json = json;
    }

    ObjectNode income(BookFigures.Year y) {
        ObjectNode n = json.createObjectNode();
        n.put("ar", y.year());
        BookFigures.INCOME.forEach(line -> n.put(line, y.income().get(line)));
        return n;
    }

    ObjectNode balance(String date, Map<String, Long> balance) {
        ObjectNode n = json.createObjectNode();
        n.put("datum", date);
        balance.forEach(n::put);
        return n;
    }

    /**
     * Notes for the statement lines: last year's notes keep their number, heading and text and get their rows from the
     * books; a note that only specifies part of a line (summeras: false) or has no line keeps last year's rows, its
     * amounts moved to the comparison column and marked for review.
     */
    ArrayNode notes(JsonNode previousNotes, BookFigures.Year now, BookFigures.Year before, List<Finding> findings) {
        ArrayNode out = json.createArrayNode();
        List<JsonNode> template = new ArrayList<>();
        previousNotes.forEach(template::add);
        if (template.isEmpty()) {
            int number = 1;
            for (String line : NOTE_LINES) {
                ObjectNode n = json.createObjectNode();
                n.put("nummer", number++);
                n.put("rubrik", switch (line) {
                    case "intakter" -> "Verksamhetens intäkter";
                    case "kostnader" -> "Verksamhetens kostnader";
                    case "fordringar" -> "Fordringar";
                    default -> "Kortfristiga skulder";
                });
                n.put("linje", line);
                template.add(n);
            }
        }
        for (int i = 0; i < template.size(); i++) {
            JsonNode old = template.get(i);
            ObjectNode note = ((ObjectNode) old).deepCopy();
            String line = old.path("linje").asString("");
            boolean balanceLine = !BookFigures.INCOME.contains(line);
            ArrayNode columns = note.putArray("kolumner");
            columns.add(balanceLine ? now.year() + "-12-31" : Integer.toString(now.year()));
            columns.add(balanceLine ? before.year() + "-12-31" : Integer.toString(before.year()));
            note.remove("tryckt");
            if (line.isEmpty() || !old.path("summeras").asBoolean(true)) {
                ArrayNode rows = note.putArray("rader");
                for (JsonNode r : old.path("rader")) {
                    ObjectNode row = ((ObjectNode) r).deepCopy();
                    ArrayNode belopp = row.putArray("belopp");
                    belopp.addNull();
                    belopp.add(r.path("belopp").path(0));
                    rows.add(row);
                }
                if (!rows.isEmpty()) {
                    findings.add(new Finding(Severity.WARNING, "utkast.not", "/noter/" + i, "Not " + old.path("nummer").asInt()
                            + " (" + old.path("rubrik").asString() + ") kommer inte ur bokföringen; ange årets belopp.",
                            null, null));
                }
                out.add(note);
                continue;
            }
            note.set("rader", rows(line, now, before));
            out.add(note);
        }
        return out;
    }

    private ArrayNode rows(String line, BookFigures.Year now, BookFigures.Year before) {
        Map<String, long[]> amounts = new LinkedHashMap<>();
        Map<String, String> konto = new LinkedHashMap<>();
        Map<String, Boolean> member = new LinkedHashMap<>();
        for (int c = 0; c < 2; c++) {
            BookFigures.Year y = c == 0 ? now : before;
            for (BookFigures.AccountFigure a : y.accounts().values()) {
                if (!a.line().equals(line)) {
                    continue;
                }
                String text = a.rule().noteRow() != null && !a.rule().noteRow().isBlank() ? a.rule().noteRow()
                        : c == 1 && now.accounts().containsKey(a.account()) ? now.accounts().get(a.account()).name() : a.name();
                amounts.computeIfAbsent(text, k -> new long[2])[c] += a.kronor();
                konto.putIfAbsent(text, a.account());
                member.putIfAbsent(text, Boolean.TRUE.equals(a.rule().memberContribution()));
            }
        }
        ArrayNode rows = json.createArrayNode();
        amounts.forEach((text, a) -> {
            ObjectNode row = rows.addObject();
            row.put("text", text);
            if (konto.get(text).matches("\\d{4}")) {
                row.put("konto", konto.get(text));
            }
            if (member.get(text)) {
                row.put("medlemsbidrag", true);
            }
            row.putArray("belopp").add(a[0]).add(a[1]);
        });
        return rows;
    }
}
