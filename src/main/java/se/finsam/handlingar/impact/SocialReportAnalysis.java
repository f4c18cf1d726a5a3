package se.finsam.handlingar.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import tools.jackson.databind.JsonNode;

/**
 * The social part of an annual report: the social budget's målområden (weights, Impactindex), the Impactindex tables
 * per plattform (diff between the years) and the participant statistics (totals and percentages from counts).
 * Pointers are relative to the report data.
 */
public final class SocialReportAnalysis {

    /** Findings, the values to show, and the figures text may cite (counts, whole percentages as "…procent"). */
    public record Result(List<Finding> findings, SocialView view, Map<String, BigDecimal> figures) {
    }

    private final List<Finding> findings = new ArrayList<>();
    private SocialView.SocialBudget budgetView;
    private final Map<String, List<BigDecimal>> impactView = new LinkedHashMap<>();
    private final Map<String, List<SocialView.ParticipantRow>> participantView = new LinkedHashMap<>();
    private final Map<String, BigDecimal> figures = new LinkedHashMap<>();

    private SocialReportAnalysis() {
    }

    public static Result analyse(JsonNode data) {
        SocialReportAnalysis a = new SocialReportAnalysis();
        a.socialBudget(data.path("socialBudget"));
        a.impactTables(data.path("impactTabeller"));
        a.participants(data.path("deltagarstatistik"));
        return new Result(List.copyOf(a.findings), new SocialView(a.budgetView, a.impactView, a.participantView),
                a.figures);
    }

    private void socialBudget(JsonNode budget) {
        JsonNode areas = budget.path("malomraden");
        if (areas.isEmpty()) {
            return;
        }
        List<ImpactIndex.Area> model = new ArrayList<>();
        boolean withIndicators = true;
        for (JsonNode area : areas) {
            List<ImpactIndex.Indicator> indicators = new ArrayList<>();
            for (JsonNode i : area.path("indikatorer")) {
                indicators.add(new ImpactIndex.Indicator(i.path("nummer").asString(""), i.path("text").asString(""),
                        i.path("vikt").asInt(), i.path("uppnadd").asBoolean(false)));
            }
            if (indicators.isEmpty()) {
                withIndicators = false;
                // Without indikatorer the målområde's stated index points stand for its maximal value.
                indicators.add(new ImpactIndex.Indicator("", "", 0, false));
            }
            model.add(new ImpactIndex.Area(area.path("namn").asString(), decimal(area.path("malvikt")), indicators));
        }
        int[] maxima = new int[areas.size()];
        int total = 0;
        for (int i = 0; i < areas.size(); i++) {
            maxima[i] = withIndicators ? model.get(i).maximum() : areas.get(i).path("indexpoang").asInt();
            total += maxima[i];
        }
        ImpactIndex.Result result = withIndicators ? ImpactIndex.compute(model) : null;
        List<SocialView.Area> rows = new ArrayList<>();
        int goals = 0;
        for (int i = 0; i < areas.size(); i++) {
            JsonNode area = areas.get(i);
            String p = "/socialBudget/malomraden/" + i;
            BigDecimal actual = ImpactIndex.share(maxima[i], total, 1);
            BigDecimal target = decimal(area.path("malvikt"));
            if (target != null && actual.subtract(target).abs().compareTo(ImpactIndex.ALLOWED_DEVIATION) > 0) {
                findings.add(new Finding(Severity.ERROR, "impact.vikt", p + "/malvikt", "Målområdet \""
                        + area.path("namn").asString() + "\" väger " + actual.toPlainString().replace('.', ',')
                        + " % av det maximala impactvärdet; målvikten är " + target.toPlainString() + " % ± 5 procentenheter.",
                        target, actual));
            }
            BigDecimal printedShare = decimal(area.path("tryckt").path("andel"));
            BigDecimal share = actual.setScale(0, RoundingMode.HALF_UP);
            if (printedShare != null && printedShare.compareTo(share) != 0) {
                findings.add(mismatch("impact.andel", p + "/tryckt/andel", "Målområdets andel av helheten", share,
                        printedShare, "%"));
            }
            int goalCount = area.path("mal").size();
            goals += goalCount;
            BigDecimal printedGoals = decimal(area.path("tryckt").path("antalMal"));
            if (printedGoals != null && printedGoals.intValue() != goalCount) {
                findings.add(mismatch("impact.antalMal", p + "/tryckt/antalMal", "Antalet mål som målområdet \""
                        + area.path("namn").asString() + "\" sägs omfatta", BigDecimal.valueOf(goalCount), printedGoals, ""));
            }
            rows.add(new SocialView.Area(maxima[i], share, result == null ? null : result.areas().get(i).reached(),
                    result == null ? null : result.areas().get(i).index()));
        }
        BigDecimal printedTotal = decimal(budget.path("tryckt").path("summaIndexpoang"));
        if (printedTotal != null && printedTotal.intValue() != total) {
            findings.add(mismatch("impact.summa", "/socialBudget/tryckt/summaIndexpoang", "Det maximala impactvärdet",
                    BigDecimal.valueOf(total), printedTotal, ""));
        }
        budgetView = new SocialView.SocialBudget(List.copyOf(rows), total, result == null ? null : result.reached(),
                result == null ? null : result.index());
        if (result != null) {
            figures.put("impact.index", BigDecimal.valueOf(result.index()));
        }
        figures.put("impact.maxvarde", BigDecimal.valueOf(total));
        figures.put("impact.malomraden.antal", BigDecimal.valueOf(areas.size()));
        figures.put("impact.mal.antal", BigDecimal.valueOf(goals));
    }

    private void impactTables(JsonNode tables) {
        for (int t = 0; t < tables.size(); t++) {
            JsonNode table = tables.get(t);
            String id = table.path("id").asString("impact-" + t);
            int last = table.path("ar").size() - 1;
            List<BigDecimal> diffs = new ArrayList<>();
            JsonNode rows = table.path("rader");
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                BigDecimal first = decimal(row.path("varden").path(0));
                BigDecimal now = decimal(row.path("varden").path(last));
                BigDecimal diff = first == null || now == null ? null : now.subtract(first);
                BigDecimal printed = decimal(row.path("diff"));
                if (diff != null && printed != null && diff.compareTo(printed) != 0) {
                    findings.add(mismatch("impact.diff", "/impactTabeller/" + t + "/rader/" + r + "/diff",
                            "Skillnaden mellan åren för \"" + row.path("rubrik").asString() + "\"", diff, printed, ""));
                }
                diffs.add(printed != null ? printed : diff);
                if (now != null) {
                    figures.put("impact." + id + "." + row.path("id").asString(Integer.toString(r)), now);
                }
            }
            impactView.put(id, java.util.Collections.unmodifiableList(diffs));
        }
    }

    private void participants(JsonNode tables) {
        for (int t = 0; t < tables.size(); t++) {
            JsonNode table = tables.get(t);
            String id = table.path("id").asString("deltagare-" + t);
            String p = "/deltagarstatistik/" + t + "/rader/";
            JsonNode rows = table.path("rader");
            Map<String, Integer> ids = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                ids.put(rows.get(r).path("id").asString(""), r);
            }
            List<Map<String, BigDecimal>> cells = new ArrayList<>();
            for (JsonNode row : rows) {
                Map<String, BigDecimal> c = new LinkedHashMap<>();
                c.put("kvinnor", decimal(row.path("kvinnor")));
                c.put("man", decimal(row.path("man")));
                cells.add(c);
            }
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                for (String rule : List.of("summa", "skillnad")) {
                    JsonNode parts = row.path(rule);
                    if (parts.isEmpty()) {
                        continue;
                    }
                    for (String sex : List.of("kvinnor", "man")) {
                        BigDecimal value = BigDecimal.ZERO;
                        boolean any = false;
                        for (int k = 0; k < parts.size(); k++) {
                            Integer i = ids.get(parts.get(k).asString());
                            BigDecimal part = i == null || cells.get(i).get(sex) == null ? BigDecimal.ZERO : cells.get(i).get(sex);
                            any |= i != null && cells.get(i).get(sex) != null;
                            value = rule.equals("skillnad") && k > 0 ? value.subtract(part) : value.add(part);
                        }
                        BigDecimal printed = cells.get(r).get(sex);
                        if (!any) {
                            // no counts entered yet (a draft): nothing to compute or check
                            continue;
                        } else if (printed == null) {
                            cells.get(r).put(sex, value);
                        } else if (printed.compareTo(value) != 0) {
                            findings.add(mismatch("deltagare." + rule, p + r + "/" + sex, "Antalet " + (sex.equals("man")
                                    ? "män" : "kvinnor") + " på raden \"" + row.path("rubrik").asString() + "\"", value, printed, ""));
                        }
                    }
                }
            }
            List<SocialView.ParticipantRow> out = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                Map<String, BigDecimal> c = cells.get(r);
                BigDecimal total = c.get("kvinnor") == null || c.get("man") == null ? null : c.get("kvinnor").add(c.get("man"));
                BigDecimal printedTotal = decimal(row.path("totalt"));
                if (total != null && printedTotal != null && total.compareTo(printedTotal) != 0) {
                    findings.add(mismatch("deltagare.totalt", p + r + "/totalt", "Totalen på raden \""
                            + row.path("rubrik").asString() + "\" (kvinnor + män)", total, printedTotal, ""));
                }
                c.put("totalt", printedTotal != null ? printedTotal : total);
            }
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                Map<String, BigDecimal> c = cells.get(r);
                Integer base = ids.get(row.path("procentAv").asString(""));
                BigDecimal percent = base == null ? null : percent(c.get("totalt"), cells.get(base).get("totalt"));
                BigDecimal printed = decimal(row.path("procent"));
                if (percent != null && printed != null && percent.compareTo(printed) != 0) {
                    findings.add(mismatch("deltagare.procent", p + r + "/procent", "Andelen på raden \""
                            + row.path("rubrik").asString() + "\"", percent, printed, "%"));
                }
                out.add(new SocialView.ParticipantRow(c.get("kvinnor"), c.get("man"), c.get("totalt"),
                        printed != null ? printed : percent));
                String key = "deltagare." + id + "." + row.path("id").asString(Integer.toString(r));
                putIfPresent(key, c.get("totalt"));
                putIfPresent(key + ".kvinnor", c.get("kvinnor"));
                putIfPresent(key + ".man", c.get("man"));
                putIfPresent(key + ".procent", percent);
            }
            participantView.put(id, java.util.Collections.unmodifiableList(out));
        }
    }

    private void putIfPresent(String key, BigDecimal value) {
        if (value != null) {
            figures.put(key, value);
        }
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP);
    }

    private static Finding mismatch(String code, String pointer, String what, BigDecimal expected, BigDecimal actual,
            String unit) {
        String u = unit.isEmpty() ? "" : "\u00A0" + unit;
        return new Finding(Severity.ERROR, code, pointer, what + " ska vara " + expected.toPlainString() + u
                + " men anges som " + actual.toPlainString() + u + ".", expected, actual);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }
}
