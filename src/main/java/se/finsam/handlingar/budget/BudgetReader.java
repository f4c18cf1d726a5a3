package se.finsam.handlingar.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import se.finsam.handlingar.budget.Budget.Column;
import se.finsam.handlingar.budget.Budget.CostGroup;
import se.finsam.handlingar.budget.Budget.Kind;
import se.finsam.handlingar.budget.Budget.Labels;
import se.finsam.handlingar.budget.Budget.Member;
import se.finsam.handlingar.budget.Budget.Members;
import se.finsam.handlingar.budget.Budget.Municipality;
import se.finsam.handlingar.budget.Budget.Population;
import se.finsam.handlingar.budget.Budget.Presentation;
import se.finsam.handlingar.budget.Budget.Row;
import se.finsam.handlingar.budget.Budget.Stated;
import se.finsam.handlingar.system.FieldProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads the budget JSON into {@link Budget}. Two shapes are read: the original one ({@code ar}: consecutive years,
 * one budget figure each) and the general one ({@code kolumner}: any years, each with a kind, an optional
 * avvikelse column and its own eget-kapital opening). {@link #problems} says what keeps a budget from being computed.
 */
final class BudgetReader {

    static final int MAX_PRINTED_COLUMNS = 9;

    private BudgetReader() {
    }

    /** What is wrong with the budget's structure, with pointers below {@code base}; empty when it can be read. */
    static List<FieldProblem> problems(JsonNode budget, String base) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!budget.isObject()) {
            problems.add(new FieldProblem(base.isEmpty() ? "/" : base, "Ange budgeten som ett objekt."));
            return problems;
        }
        int n = columnProblems(budget, base, problems);
        if (n < 0) {
            return problems;
        }
        if (!budget.path("egetKapitalIngaende").isIntegralNumber()) {
            problems.add(new FieldProblem(base + "/egetKapitalIngaende", "Ange eget kapital vid första kolumnens början i hela " + unit(budget) + "."));
        }
        JsonNode members = budget.path("medlemsbidrag");
        amounts(members.path("belopp"), n, base + "/medlemsbidrag/belopp", false, problems);
        if (problems.isEmpty()) {
            for (int y = 0; y < n; y++) {
                if (members.path("belopp").get(y).asLong() < 0) {
                    problems.add(new FieldProblem(base + "/medlemsbidrag/belopp/" + y, "Medlemsbidraget kan inte vara negativt."));
                }
            }
        }
        JsonNode municipalities = members.path("kommuner");
        if (!municipalities.isArray() || municipalities.isEmpty()) {
            problems.add(new FieldProblem(base + "/medlemsbidrag/kommuner", "Ange minst en kommun med dess befolkning i arbetsför ålder."));
        } else {
            for (int i = 0; i < municipalities.size(); i++) {
                String pointer = base + "/medlemsbidrag/kommuner/" + i;
                if (!municipalities.get(i).isObject() || !municipalities.get(i).path("namn").isString()) {
                    problems.add(new FieldProblem(pointer + "/namn", "Ange kommunens namn."));
                    continue;
                }
                JsonNode population = municipalities.get(i).path("befolkning");
                if (!population.isIntegralNumber() || population.asLong() <= 0) {
                    problems.add(new FieldProblem(pointer + "/befolkning", "Befolkningen ska vara ett heltal större än noll."));
                }
                JsonNode share = municipalities.get(i).path("angivenAndel");
                if (!share.isMissingNode() && !share.isNull() && share(share) == null) {
                    problems.add(new FieldProblem(pointer + "/angivenAndel",
                            "Ange andelen i procent som text med de decimaler dokumentet skriver, t.ex. \"83,4\"."));
                }
                optionalAmounts(municipalities.get(i), n, pointer, problems);
            }
        }
        for (String member : List.of("forsakringskassan", "region")) {
            JsonNode owner = members.path(member);
            String pointer = base + "/medlemsbidrag/" + member;
            if (!owner.isMissingNode() && !owner.isObject()) {
                problems.add(new FieldProblem(pointer, "Ange medlemmen som ett objekt, t.ex. {\"namn\": \"Regionen\"}."));
            } else if (owner.has("namn") && !owner.get("namn").isString()) {
                problems.add(new FieldProblem(pointer + "/namn", "Namnet ska vara en text."));
            }
            optionalAmounts(owner, n, pointer, problems);
        }
        lines(budget.path("ovrigaIntakter"), n, base + "/ovrigaIntakter", problems);
        JsonNode groups = budget.path("kostnader");
        if (!list(groups, base + "/kostnader", problems)) {
            groups = MissingNode.getInstance();
        }
        for (int g = 0; g < groups.size(); g++) {
            if (!groups.get(g).isObject() || !groups.get(g).path("rubrik").isString()) {
                problems.add(new FieldProblem(base + "/kostnader/" + g + "/rubrik", "Ange kostnadsgruppens rubrik."));
                continue;
            }
            lines(groups.get(g).path("rader"), n, base + "/kostnader/" + g + "/rader", problems);
            if (groups.get(g).has("angivenSumma")) {
                amounts(groups.get(g).get("angivenSumma"), n, base + "/kostnader/" + g + "/angivenSumma", false, problems);
            }
        }
        lines(budget.path("finansiellaPoster"), n, base + "/finansiellaPoster", problems);
        JsonNode stated = budget.path("angivet");
        for (String key : BudgetChecks.STATED_TOTALS) {
            if (stated.has(key)) {
                amounts(stated.get(key), n, base + "/angivet/" + key, true, problems);
            }
        }
        presentationProblems(budget.path("visning"), base + "/visning", problems);
        return problems;
    }

    /** The number of columns, or -1 when they cannot be read. */
    private static int columnProblems(JsonNode budget, String base, List<FieldProblem> problems) {
        JsonNode years = budget.path("ar");
        JsonNode columns = budget.path("kolumner");
        if (!years.isMissingNode() && !columns.isMissingNode()) {
            problems.add(new FieldProblem(base + "/kolumner", "Ange antingen ar (på varandra följande budgetår) eller kolumner, inte båda."));
            return -1;
        }
        if (columns.isMissingNode()) {
            if (!years.isArray() || years.isEmpty()) {
                problems.add(new FieldProblem(base + "/ar", "Ange budgetens år, t.ex. [2022, 2023, 2024], eller kolumner."));
                return -1;
            }
            for (int i = 0; i < years.size(); i++) {
                if (!years.get(i).isIntegralNumber()) {
                    problems.add(new FieldProblem(base + "/ar/" + i, "Året ska vara ett heltal."));
                } else if (i > 0 && years.get(i - 1).isIntegralNumber()
                        && years.get(i).asInt() != years.get(i - 1).asInt() + 1) {
                    problems.add(new FieldProblem(base + "/ar/" + i, "Åren ska följa på varandra; ange kolumner för andra uppställningar."));
                }
            }
            return problems.isEmpty() ? years.size() : -1;
        }
        if (!columns.isArray() || columns.isEmpty()) {
            problems.add(new FieldProblem(base + "/kolumner", "Ange minst en kolumn, t.ex. {\"ar\": 2025, \"slag\": \"budget\"}."));
            return -1;
        }
        int n = columns.size();
        int printed = n;
        int before = problems.size();
        for (int i = 0; i < n; i++) {
            JsonNode c = columns.get(i);
            String pointer = base + "/kolumner/" + i;
            if (!c.path("ar").isIntegralNumber() || c.path("ar").asInt() < 1900 || c.path("ar").asInt() > 2100) {
                problems.add(new FieldProblem(pointer + "/ar", "Ange kolumnens år, t.ex. 2025."));
            }
            if (Kind.of(c.path("slag").asString("")) == null) {
                problems.add(new FieldProblem(pointer + "/slag", "Ange slag: budget, prognos, utfall eller plan."));
            }
            JsonNode compared = c.path("avvikelseMot");
            if (!compared.isMissingNode()) {
                printed++;
                if (!compared.isIntegralNumber() || compared.asInt() < 0 || compared.asInt() >= n || compared.asInt() == i) {
                    problems.add(new FieldProblem(pointer + "/avvikelseMot", "Ange index (0–" + (n - 1) + ") för en annan kolumn att jämföra med."));
                }
            }
            JsonNode from = c.path("ingaendeFran");
            if (!from.isMissingNode() && (!from.isIntegralNumber() || from.asInt() < 0 || from.asInt() >= i)) {
                problems.add(new FieldProblem(pointer + "/ingaendeFran", "Ange index för en tidigare kolumn vars utgående eget kapital är denna kolumns ingående."));
            }
            JsonNode opening = c.path("egetKapitalIngaende");
            if (!opening.isMissingNode() && !opening.isIntegralNumber()) {
                problems.add(new FieldProblem(pointer + "/egetKapitalIngaende", "Ange eget kapital vid kolumnens början som heltal."));
            }
        }
        if (problems.size() > before) {
            return -1;
        }
        for (int i = 1; i < n; i++) {
            JsonNode c = columns.get(i);
            if (!c.has("ingaendeFran") && !c.has("egetKapitalIngaende") && openingSource(columns, i) == null) {
                problems.add(new FieldProblem(base + "/kolumner/" + i, "Det framgår inte var kolumnens eget kapital börjar: ingen tidigare kolumn avser "
                        + (c.path("ar").asInt() - 1) + " eller " + c.path("ar").asInt() + ". Ange ingaendeFran eller egetKapitalIngaende."));
            }
        }
        if (printed > MAX_PRINTED_COLUMNS) {
            problems.add(new FieldProblem(base + "/kolumner", "Högst " + MAX_PRINTED_COLUMNS + " beloppskolumner (avvikelsekolumner inräknade) får plats på sidan."));
        }
        return problems.size() > before ? -1 : n;
    }

    /**
     * Where a column's opening eget kapital comes from when it does not say: the end of the last earlier column for the
     * year before (so a budget after "Budget 2024 | Prognos 2024" continues from the prognos), else the opening of the
     * first earlier column for the same year. Returns {index, 1 for end / 0 for start}, or null.
     */
    private static int[] openingSource(JsonNode columns, int i) {
        int year = columns.get(i).path("ar").asInt();
        for (int k = i - 1; k >= 0; k--) {
            if (columns.get(k).path("ar").asInt() == year - 1) {
                return new int[] {k, 1};
            }
        }
        for (int k = 0; k < i; k++) {
            if (columns.get(k).path("ar").asInt() == year) {
                return new int[] {k, 0};
            }
        }
        return null;
    }

    /** Reads a budget whose {@link #problems} are empty; {@code planPresentation} (may be missing) overrides its own. */
    static Budget read(JsonNode budget, JsonNode planPresentation) {
        List<Column> columns = new ArrayList<>();
        boolean legacy = !budget.has("kolumner");
        if (legacy) {
            budget.path("ar").forEach(y -> columns.add(new Column(y.asInt(), Kind.BUDGET, null, null, null, null,
                    columns.isEmpty() ? null : columns.size() - 1, null)));
        } else {
            JsonNode cs = budget.path("kolumner");
            for (int i = 0; i < cs.size(); i++) {
                JsonNode c = cs.get(i);
                Integer from = c.path("ingaendeFran").isIntegralNumber() ? c.path("ingaendeFran").asInt() : null;
                Long opening = c.path("egetKapitalIngaende").isIntegralNumber() ? c.path("egetKapitalIngaende").asLong() : null;
                columns.add(new Column(c.path("ar").asInt(), Kind.of(c.path("slag").asString()), text(c, "rubrik"),
                        c.path("avvikelseMot").isIntegralNumber() ? c.path("avvikelseMot").asInt() : null,
                        text(c, "avvikelseRubrik"), opening, from, null));
            }
        }
        int n = columns.size();
        JsonNode m = budget.path("medlemsbidrag");
        List<Municipality> municipalities = new ArrayList<>();
        m.path("kommuner").forEach(k -> municipalities.add(new Municipality(k.path("namn").asString(),
                k.path("befolkning").asLong(), share(k.path("angivenAndel")), optional(k.path("angivetBelopp")))));
        JsonNode source = m.path("befolkning");
        Members members = new Members(longs(m.path("belopp")),
                new Member(m.path("forsakringskassan").path("namn").asString("Försäkringskassan"), optional(m.path("forsakringskassan").path("angivetBelopp"))),
                new Member(m.path("region").path("namn").asString("Regionen"), optional(m.path("region").path("angivetBelopp"))),
                new Population(source.path("beskrivning").asString(null), source.path("kalla").asString(null),
                        source.path("ar").isIntegralNumber() ? source.path("ar").asInt() : null),
                municipalities);
        List<CostGroup> groups = new ArrayList<>();
        JsonNode costs = budget.path("kostnader");
        for (int g = 0; g < costs.size(); g++) {
            JsonNode group = costs.get(g);
            groups.add(new CostGroup(group.path("rubrik").asString(), text(group, "summaRubrik"),
                    rows(group.path("rader"), "/kostnader/" + g + "/rader"), optional(group.path("angivenSumma"))));
        }
        JsonNode s = budget.path("angivet");
        Stated stated = s.isObject() ? new Stated(optional(s.path("summaIntakter")), optional(s.path("kostnaderTotalt")),
                optional(s.path("summaFinansiellaPoster")), optional(s.path("resultat")), optional(s.path("egetKapitalBorjan")),
                optional(s.path("egetKapitalSlut"))) : Stated.NONE;
        Budget read = new Budget(unit(budget), List.copyOf(columns), legacy, budget.path("egetKapitalIngaende").asLong(),
                members, rows(budget.path("ovrigaIntakter"), "/ovrigaIntakter"), List.copyOf(groups),
                rows(budget.path("finansiellaPoster"), "/finansiellaPoster"), stated,
                presentation(budget.path("visning"), planPresentation));
        return withOpenings(read, budget.path("kolumner"), n);
    }

    /** Fills in each column's opening source where the data left it to the default rule. */
    private static Budget withOpenings(Budget b, JsonNode columnsData, int n) {
        if (b.legacyYears()) {
            return b;
        }
        List<Column> resolved = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Column c = b.columns().get(i);
            if (i > 0 && c.openingEquity() == null && c.openingFrom() == null) {
                int[] src = openingSource(columnsData, i);
                c = new Column(c.year(), c.kind(), c.heading(), c.comparedWith(), c.comparisonHeading(), null,
                        src[1] == 1 ? src[0] : null, src[1] == 1 ? null : src[0]);
            }
            resolved.add(c);
        }
        return new Budget(b.unit(), List.copyOf(resolved), false, b.openingEquity(), b.members(), b.otherIncome(),
                b.costGroups(), b.financialItems(), b.stated(), b.presentation());
    }

    /**
     * A stated percentage with the precision it was written with: a string ("83,4", "82,0", "5 %") keeps its decimals
     * as written; a JSON number keeps what the parser kept (82.0 stays 82.0, but 3.80 arrives as 3.8).
     */
    static BigDecimal share(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString()) {
            String s = node.asString().replace("%", "").replace('\u2212', '-').replace(',', '.').replace('\u00A0', ' ').strip();
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Presentation presentation(JsonNode own, JsonNode plan) {
        Presentation d = Presentation.DEFAULT;
        Labels l = Labels.DEFAULT;
        JsonNode ol = own.path("rubriker");
        JsonNode pl = plan == null ? null : plan.path("rubriker");
        return new Presentation(
                "positiva".equals(pick(own, plan, "kostnader", d.costsPositive() ? "positiva" : "negativa")),
                flag(own, plan, "visaAndel", d.showShares()),
                "en-rad".equals(pick(own, plan, "medlemsbidrag", "per-medlem")),
                flag(own, plan, "visaEgetKapital", d.showEquity()),
                new Labels(pick(ol, pl, "tabell", l.caption()), pick(ol, pl, "beloppIEnhet", l.amountsIn()), pick(ol, pl, "intakter", l.income()),
                        pick(ol, pl, "medlemsbidrag", l.members()), pick(ol, pl, "summaIntakter", l.totalIncome()),
                        pick(ol, pl, "kostnader", l.costs()), pick(ol, pl, "kostnaderTotalt", l.totalCosts()),
                        pick(ol, pl, "finansiellaPoster", l.financial()), pick(ol, pl, "summaFinansiellaPoster", l.totalFinancial()),
                        pick(ol, pl, "resultat", l.result()), pick(ol, pl, "egetKapitalBorjan", l.equityStart()),
                        pick(ol, pl, "egetKapitalSlut", l.equityEnd()), pick(ol, pl, "avvikelse", l.comparison())));
    }

    static void presentationProblems(JsonNode p, String pointer, List<FieldProblem> problems) {
        if (p.isMissingNode()) {
            return;
        }
        if (!p.isObject()) {
            problems.add(new FieldProblem(pointer, "Ange visningen som ett objekt."));
            return;
        }
        if (p.has("kostnader") && !List.of("positiva", "negativa").contains(p.path("kostnader").asString(""))) {
            problems.add(new FieldProblem(pointer + "/kostnader", "Ange \"positiva\" eller \"negativa\"."));
        }
        if (p.has("medlemsbidrag") && !List.of("per-medlem", "en-rad").contains(p.path("medlemsbidrag").asString(""))) {
            problems.add(new FieldProblem(pointer + "/medlemsbidrag", "Ange \"per-medlem\" eller \"en-rad\"."));
        }
        p.path("rubriker").properties().forEach(e -> {
            if (!e.getValue().isString() || e.getValue().asString().isBlank()) {
                problems.add(new FieldProblem(pointer + "/rubriker/" + e.getKey(), "Rubriken ska vara en text."));
            }
        });
    }

    private static String pick(JsonNode own, JsonNode plan, String key, String fallback) {
        if (plan != null && plan.path(key).isString()) {
            return plan.path(key).asString();
        }
        return own.path(key).isString() ? own.path(key).asString() : fallback;
    }

    private static boolean flag(JsonNode own, JsonNode plan, String key, boolean fallback) {
        if (plan != null && plan.path(key).isBoolean()) {
            return plan.path(key).asBoolean();
        }
        return own.path(key).isBoolean() ? own.path(key).asBoolean() : fallback;
    }

    private static String text(JsonNode node, String key) {
        return node.path(key).isString() ? node.path(key).asString() : null;
    }

    static String unit(JsonNode budget) {
        return budget.path("enhet").asString("tkr");
    }

    private static List<Row> rows(JsonNode rows, String pointer) {
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            list.add(new Row(rows.get(i).path("text").asString(), longs(rows.get(i).path("belopp")), pointer + "/" + i));
        }
        return List.copyOf(list);
    }

    private static List<Long> longs(JsonNode amounts) {
        List<Long> list = new ArrayList<>();
        amounts.forEach(a -> list.add(a.isNull() ? null : a.asLong()));
        return Collections.unmodifiableList(list);
    }

    private static List<Long> optional(JsonNode amounts) {
        return amounts.isArray() ? longs(amounts) : null;
    }

    private static void lines(JsonNode rows, int n, String pointer, List<FieldProblem> problems) {
        if (!list(rows, pointer, problems)) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isObject() || !rows.get(i).path("text").isString()) {
                problems.add(new FieldProblem(pointer + "/" + i + "/text", "Ange radens text."));
                continue;
            }
            amounts(rows.get(i).path("belopp"), n, pointer + "/" + i + "/belopp", true, problems);
        }
    }

    /** Missing, or a list: anything else (an object, a text) is a problem. */
    private static boolean list(JsonNode node, String pointer, List<FieldProblem> problems) {
        if (node.isMissingNode() || node.isArray()) {
            return true;
        }
        problems.add(new FieldProblem(pointer, "Ange en lista."));
        return false;
    }

    private static void optionalAmounts(JsonNode owner, int n, String pointer, List<FieldProblem> problems) {
        if (owner.has("angivetBelopp")) {
            amounts(owner.get("angivetBelopp"), n, pointer + "/angivetBelopp", true, problems);
        }
    }

    private static void amounts(JsonNode amounts, int n, String pointer, boolean nullable, List<FieldProblem> problems) {
        if (!amounts.isArray() || amounts.size() != n) {
            problems.add(new FieldProblem(pointer, "Ange ett belopp per kolumn (" + n + " st)."));
            return;
        }
        for (int y = 0; y < n; y++) {
            JsonNode a = amounts.get(y);
            if (!(a.isIntegralNumber() || (nullable && a.isNull()))) {
                problems.add(new FieldProblem(pointer + "/" + y, "Beloppet ska vara ett heltal" + (nullable ? " eller null." : ".")));
            }
        }
    }
}
