package se.finsam.handlingar.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.finsam.handlingar.budget.BudgetCalculation;

/**
 * The cost lines and cost groups of a budget that a verksamhet can be followed up against. A name is a line's text or
 * a group's heading, compared without case and outer spaces; {@code "Rubrik / Rad"} names a line within a group when
 * the same text stands in two groups.
 */
final class BudgetLines {

    /** A cost group ({@code line} −1: all its lines) or one line of it. */
    record Target(int group, int line, String text) {

        boolean isGroup() {
            return line < 0;
        }

        boolean covers(int g, int l) {
            return g == group && (line < 0 || line == l);
        }

        Long amount(BudgetCalculation budget, int column) {
            BudgetCalculation.CostGroup g = budget.costGroups().get(group);
            return isGroup() ? g.total().get(column) : g.lines().get(line).amounts().get(column);
        }
    }

    private final BudgetCalculation budget;

    BudgetLines(BudgetCalculation budget) {
        this.budget = budget;
    }

    /** Every group with a heading, then every line, each under the name {@link #find} takes. */
    List<Target> all() {
        List<Target> out = new ArrayList<>();
        for (int g = 0; g < budget.costGroups().size(); g++) {
            BudgetCalculation.CostGroup group = budget.costGroups().get(g);
            if (group.heading() != null && !group.heading().isBlank()) {
                out.add(new Target(g, -1, group.heading().strip()));
            }
            for (int l = 0; l < group.lines().size(); l++) {
                out.add(new Target(g, l, group.lines().get(l).text().strip()));
            }
        }
        return out;
    }

    /** The groups and lines with this name; more than one means the name is ambiguous. */
    List<Target> find(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String key = key(name);
        List<Target> found = new ArrayList<>();
        for (Target t : all()) {
            if (key(t.text()).equals(key)) {
                found.add(t);
            }
        }
        int slash = name.indexOf('/');
        if (found.isEmpty() && slash > 0) {
            String heading = key(name.substring(0, slash));
            String text = key(name.substring(slash + 1));
            for (Target t : all()) {
                String h = budget.costGroups().get(t.group()).heading();
                if (!t.isGroup() && h != null && key(h).equals(heading) && key(t.text()).equals(text)) {
                    found.add(t);
                }
            }
        }
        return found;
    }

    /** The name that finds exactly this target: its text, or "Rubrik / Rad" when the text stands twice. */
    String nameOf(Target t) {
        if (find(t.text()).size() <= 1 || t.isGroup()) {
            return t.text();
        }
        return budget.costGroups().get(t.group()).heading().strip() + " / " + t.text();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
