package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.handlingar.bookkeeping.BookkeepingYear;
import se.finsam.handlingar.budget.Amounts;
import se.finsam.handlingar.budget.BudgetCalculation;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Driftsredovisning per verksamhet in tkr, as a free table of the report: utfall per object of the cost dimension,
 * budget from the budget line the object mapping names, avvikelse = utfall − budget. Objects that share a budget line
 * are one row; a budget line with an amount but no object is a row with utfall 0, so the budget column adds up to the
 * budget's total costs; costs on no object are a row of their own. The rows add up to the resultaträkning's kostnader
 * (checked as any table sum). Every gap is a WARNING that names the object or line.
 */
final class OperatingTable {

    static final String ID = "driftsredovisning-verksamheter";

    private final JsonMapper json;

    OperatingTable(JsonMapper json) {
        this.json = json;
    }

    /** A row in the making: its text, the objects on it, utfall in öre, the budget target. */
    private static final class Row {
        final List<String> objects = new ArrayList<>();
        final BudgetLines.Target target;
        String text;
        long ore;

        Row(String text, BudgetLines.Target target) {
            this.text = text;
            this.target = target;
        }
    }

    /**
     * @param budget null: no budget columns' values (no budget chosen)
     * @param mapping the object → budget line mapping (stored or proposed); null when there is no budget
     * @param pointer where the table will stand in the report data, for the findings
     */
    ObjectNode write(BookkeepingYear books, BookFigures.Year now, String dimension, BudgetCalculation budget, int column,
            OperatingMapping mapping, String pointer, List<Finding> findings) {
        Map<String, Long> perObject = new LinkedHashMap<>();
        long assigned = 0;
        for (BookkeepingYear.ObjectAmount a : books.objectResults()) {
            BookFigures.AccountFigure account = now.accounts().get(a.account());
            if (!a.dimension().equals(dimension) || account == null || !account.line().equals("kostnader")) {
                continue;
            }
            perObject.merge(a.object(), -a.ore(), Long::sum);
            assigned -= a.ore();
        }
        BudgetLines lines = budget == null ? null : new BudgetLines(budget);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (var e : perObject.entrySet()) {
            String name = books.objectName(dimension, e.getKey());
            BudgetLines.Target target = lines == null ? null : target(lines, mapping, e.getKey(), name, pointer, findings);
            String key = target == null ? "objekt:" + e.getKey() : "budget:" + target.group() + ":" + target.line();
            Row row = rows.computeIfAbsent(key, k -> new Row(name, target));
            row.objects.add(name);
            row.ore += e.getValue();
            if (row.objects.size() > 1) {
                row.text = target.text();
            }
        }
        if (lines != null) {
            uncovered(budget, column, rows, pointer, findings);
        }
        long costs = now.income().get("kostnader");
        long unassigned = costs * 100 - assigned;

        ObjectNode table = json.createObjectNode();
        table.put("id", ID);
        table.put("rubrik", "Driftsredovisning per verksamhet " + now.year());
        table.put("enhet", "tkr");
        table.put("forstaKolumn", "Belopp i tkr");
        ArrayNode cols = table.putArray("kolumner");
        cols.addObject().put("rubrik", "Utfall " + now.year());
        cols.addObject().put("rubrik", "Budget " + now.year());
        ObjectNode diff = cols.addObject().put("rubrik", "Avvikelse utfall − budget");
        diff.putArray("skillnad").add(0).add(1);
        ArrayNode out = table.putArray("rader");
        row(out, "intakter", "Verksamhetens intäkter", tkr(now.income().get("intakter") * 100),
                budget == null ? null : budget.totalIncome().get(column));
        out.addObject().put("rubrik", "Kostnader per verksamhet").put("stil", "rubrik");
        ArrayNode sum = json.createArrayNode();
        int n = 0;
        for (Row r : rows.values()) {
            String id = "v" + (++n);
            row(out, id, r.text, tkr(r.ore), r.target == null ? null : r.target.amount(budget, column));
            sum.add(id);
        }
        if (unassigned != 0) {
            row(out, "ejFordelat", "Ej fördelat på verksamhet", tkr(unassigned), null);
            sum.add("ejFordelat");
            findings.add(new Finding(Severity.WARNING, "bokforing.ejFordelat", pointer, Amounts.tkr(
                    BigDecimal.valueOf(unassigned).movePointLeft(2)) + " tkr av årets kostnader är inte bokförda på "
                    + "någon verksamhet (dimension " + dimension + ").", null, null));
        }
        ObjectNode total = row(out, "kostnader", "Summa kostnader", tkr(costs * 100),
                budget == null ? null : budget.totalCosts().get(column));
        total.put("stil", "summa");
        total.set("summa", sum);
        ObjectNode result = row(out, "resultat", "Verksamhetens resultat", null, null);
        result.put("stil", "summa");
        result.putArray("summa").add("intakter").add("kostnader");
        result.remove("varden");
        return table;
    }

    /** The budget line an object is followed up against, or null (with a WARNING unless the mapping says "none"). */
    private static BudgetLines.Target target(BudgetLines lines, OperatingMapping mapping, String object, String name,
            String pointer, List<Finding> findings) {
        String where = "PUT /api/annual-reports/operating-mappings/" + mapping.orgnr() + "/" + mapping.budget();
        if (!mapping.has(object) || mapping.proposed() && mapping.lineOf(object) == null) {
            findings.add(new Finding(Severity.WARNING, "driftsredovisning.utanBudgetrad", pointer, "Verksamheten " + name
                    + " (objekt " + object + ") har " + (mapping.proposed() ? "ingen budgetrad med samma namn i budgeten "
                    + mapping.budget() : "ingen rad i mappningen till budgeten " + mapping.budget() + " (version "
                    + mapping.version() + ")") + "; dess budget står tom. Ange budgetraden med " + where + ".", null, null));
            return null;
        }
        String line = mapping.lineOf(object);
        if (line == null) {
            return null;
        }
        List<BudgetLines.Target> found = lines.find(line);
        if (found.size() != 1) {
            findings.add(new Finding(Severity.WARNING, "driftsredovisning.budgetradSaknas", pointer, "Budgetraden \"" + line
                    + "\", som verksamheten " + name + " (objekt " + object + ") följs upp mot, finns inte entydigt i "
                    + "budgetens valda version; rätta mappningen med " + where + ".", null, null));
            return null;
        }
        return found.get(0);
    }

    /** Budget lines with an amount that no object is followed up against: a row each (a whole group when none is). */
    private static void uncovered(BudgetCalculation budget, int column, Map<String, Row> rows, String pointer,
            List<Finding> findings) {
        List<BudgetLines.Target> used = rows.values().stream().filter(r -> r.target != null).map(r -> r.target).toList();
        for (int g = 0; g < budget.costGroups().size(); g++) {
            BudgetCalculation.CostGroup group = budget.costGroups().get(g);
            final int gi = g;
            if (used.stream().anyMatch(t -> t.group() == gi && t.isGroup())) {
                continue;
            }
            boolean anyLine = used.stream().anyMatch(t -> t.group() == gi);
            List<BudgetLines.Target> missing = new ArrayList<>();
            if (!anyLine && group.heading() != null && !group.heading().isBlank()) {
                missing.add(new BudgetLines.Target(g, -1, group.heading().strip()));
            } else {
                for (int l = 0; l < group.lines().size(); l++) {
                    final int li = l;
                    if (used.stream().noneMatch(t -> t.covers(gi, li))) {
                        missing.add(new BudgetLines.Target(g, l, group.lines().get(l).text().strip()));
                    }
                }
            }
            for (BudgetLines.Target t : missing) {
                Long amount = t.amount(budget, column);
                if (amount == null || amount == 0) {
                    continue;
                }
                rows.put("budget:" + t.group() + ":" + t.line(), new Row(t.text(), t));
                findings.add(new Finding(Severity.WARNING, "driftsredovisning.budgetradUtanUtfall", pointer,
                        "Budgetraden \"" + t.text() + "\" (" + amount + " tkr) följs inte upp mot någon verksamhet i "
                        + "bokföringen; den redovisas med utfall 0.", null, null));
            }
        }
    }

    private static ObjectNode row(ArrayNode rows, String id, String text, Long utfall, Long budget) {
        ObjectNode row = rows.addObject();
        row.put("id", id);
        row.put("rubrik", text);
        ArrayNode v = row.putArray("varden");
        if (utfall == null) {
            v.addNull();
        } else {
            v.add(utfall);
        }
        if (budget == null) {
            v.addNull();
            v.addNull();
        } else {
            v.add(budget);
            v.add(utfall == null ? 0 : utfall - budget);
        }
        return row;
    }

    private static long tkr(long ore) {
        return Amounts.tkr(BigDecimal.valueOf(ore).movePointLeft(2)).longValueExact();
    }
}
