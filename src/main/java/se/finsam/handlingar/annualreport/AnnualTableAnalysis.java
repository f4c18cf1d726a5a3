package se.finsam.handlingar.annualreport;

import se.finsam.handlingar.budget.Amounts;
import static se.finsam.handlingar.budget.Amounts.of;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Free tables of a report (sammanställning utfall och budget, kostnadsfördelning) with their rules: a row that is the
 * sum of other rows, a column that is the difference of two columns (avvikelse = utfall − budget), a column that is a
 * row's share of a base row in whole percent. Cells left empty are shown as computed. In tkr tables a sum may differ
 * from the sum of its rounded parts by less than half a tkr per part; that is rounding, not an error.
 */
final class AnnualTableAnalysis {

    /** Shown cells per table id: list of rows, each a list of cells. */
    final Map<String, List<List<BigDecimal>>> shown = new LinkedHashMap<>();

    void analyse(JsonNode tables, AnnualFindings f) {
        for (int t = 0; t < tables.size(); t++) {
            JsonNode table = tables.get(t);
            String p = "/tabeller/" + t;
            boolean rounded = "tkr".equals(table.path("enhet").asString(""));
            JsonNode columns = table.path("kolumner");
            JsonNode rows = table.path("rader");
            Map<String, Integer> ids = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).has("id")) {
                    ids.put(rows.get(r).path("id").asString(), r);
                }
            }
            List<List<BigDecimal>> cells = new ArrayList<>();
            for (JsonNode row : rows) {
                List<BigDecimal> values = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    values.add(of(row.path("varden").path(c)));
                }
                cells.add(values);
            }
            for (int c = 0; c < columns.size(); c++) {
                JsonNode column = columns.get(c);
                if (column.has("skillnad") || column.has("procentAv")) {
                    continue;
                }
                for (int r = 0; r < rows.size(); r++) {
                    JsonNode parts = rows.get(r).path("summa");
                    if (parts.isEmpty()) {
                        continue;
                    }
                    BigDecimal sum = BigDecimal.ZERO;
                    for (JsonNode id : parts) {
                        Integer i = ids.get(id.asString());
                        sum = sum.add(i == null ? BigDecimal.ZERO : Amounts.orZero(cells.get(i).get(c)));
                    }
                    BigDecimal tolerance = rounded ? BigDecimal.valueOf(parts.size() / 2) : BigDecimal.ZERO;
                    if (cells.get(r).get(c) != null) {
                        f.compare("tabell.summa", p + "/rader/" + r + "/varden/" + c, text(table, rows.get(r), column),
                                unit(table), sum, cells.get(r).get(c), tolerance);
                    } else {
                        cells.get(r).set(c, sum);
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                JsonNode column = columns.get(c);
                for (int r = 0; r < rows.size(); r++) {
                    if (rows.get(r).path("stil").asString("").equals("rubrik")) {
                        continue;
                    }
                    BigDecimal expected = null;
                    String unit = unit(table);
                    if (column.has("skillnad")) {
                        BigDecimal a = cells.get(r).get(column.path("skillnad").path(0).asInt());
                        BigDecimal b = cells.get(r).get(column.path("skillnad").path(1).asInt());
                        if (a == null && b == null) {
                            continue;
                        }
                        expected = Amounts.orZero(a).subtract(Amounts.orZero(b));
                    } else if (column.has("procentAv")) {
                        Integer base = ids.get(column.path("procentAv").asString());
                        int of = column.path("kolumn").asInt(0);
                        expected = base == null ? null : Amounts.percent(cells.get(r).get(of), cells.get(base).get(of));
                        unit = "%";
                    } else {
                        continue;
                    }
                    BigDecimal actual = cells.get(r).get(c);
                    if (actual == null) {
                        cells.get(r).set(c, expected);
                    } else if (expected != null && !(actual.signum() == 0 && expected.signum() == 0)) {
                        f.compare(column.has("skillnad") ? "tabell.avvikelse" : "tabell.procent",
                                p + "/rader/" + r + "/varden/" + c, text(table, rows.get(r), column), unit, expected, actual);
                    }
                }
            }
            shown.put(table.path("id").asString("tabell-" + t), cells);
        }
    }

    private static String unit(JsonNode table) {
        return table.path("enhet").asString("");
    }

    private static String text(JsonNode table, JsonNode row, JsonNode column) {
        String rowText = row.path("rubrik").asString("");
        return "\"" + (rowText.isEmpty() ? row.path("id").asString() : rowText) + "\", kolumnen \""
                + column.path("rubrik").asString() + "\", i tabellen \"" + table.path("rubrik").asString() + "\"";
    }
}
