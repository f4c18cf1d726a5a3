package se.finsam.handlingar.annualreport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.bookkeeping.Bookkeeping;
import se.finsam.handlingar.bookkeeping.BookkeepingYear;
import se.finsam.handlingar.budget.BudgetCalculation;
import se.finsam.handlingar.budget.BudgetService;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores and proposes the object → budget line mapping of the driftsredovisning. A stored mapping names only objects
 * the förbund's books declare and only lines the budget has; anything else is refused with 422 and nothing is stored.
 */
@Service
public class OperatingMappings {

    private final JdbcClient jdbc;
    private final Bookkeeping bookkeeping;
    private final BudgetService budgets;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OperatingMappings(JdbcClient jdbc, Bookkeeping bookkeeping, BudgetService budgets, JsonMapper json, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.bookkeeping = bookkeeping;
        this.budgets = budgets;
        this.json = json;
        this.clock = clock;
    }

    /** The latest stored mapping, else the proposal by name (version 0). */
    public OperatingMapping current(String orgnr, String budget) {
        String key = Bookkeeping.normaliseOrgnr(orgnr);
        BudgetCalculation calculation = budgets.find(budget, null).calculation();
        return stored(key, budget).orElseGet(() -> proposal(key, budget, calculation));
    }

    /** The latest stored mapping of the förbund for the budget, if any. */
    Optional<OperatingMapping> stored(String orgnr, String budget) {
        return jdbc.sql("SELECT data FROM annual_operating_mapping WHERE orgnr = ? AND budget_id = ? "
                + "ORDER BY version DESC FETCH FIRST 1 ROWS ONLY").params(orgnr, budget).query(String.class).optional()
                .map(s -> json.readValue(s, OperatingMapping.class));
    }

    @Transactional
    public OperatingMapping save(String orgnr, String budget, OperatingMapping.Request request, String user) {
        String key = Bookkeeping.normaliseOrgnr(orgnr);
        BudgetCalculation calculation = budgets.find(budget, null).calculation();
        BudgetLines lines = new BudgetLines(calculation);
        String dimension = dimension(key);
        Map<String, String> known = objects(key, dimension);
        if (request == null || request.objects() == null) {
            throw ProblemException.invalid("/objects", "Skicka verksamheterna som en lista \"objects\" med "
                    + "{\"object\": kod i bokföringen, \"budgetLine\": budgetradens namn}.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<OperatingMapping.Entry> entries = new ArrayList<>();
        List<BudgetLines.Target> targets = new ArrayList<>();
        for (int i = 0; i < request.objects().size(); i++) {
            OperatingMapping.Entry e = request.objects().get(i);
            String p = "/objects/" + i;
            if (e == null || e.object() == null || e.object().isBlank()) {
                problems.add(new FieldProblem(p + "/object", "Ange objektets kod som i bokföringen (#OBJEKT)."));
                continue;
            }
            String object = e.object().strip();
            if (!known.containsKey(object)) {
                problems.add(new FieldProblem(p + "/object", known.isEmpty()
                        ? "Förbundet " + key + " har ingen inläst bokföring med objekt i dimension " + dimension
                                + "; läs in SIE-filen först."
                        : "Objektet " + object + " finns inte i dimension " + dimension + " i förbundets bokföring; "
                                + "objekten är " + String.join(", ", known.keySet()) + "."));
                continue;
            }
            if (!seen.add(object)) {
                problems.add(new FieldProblem(p + "/object", "Objektet " + object + " står redan tidigare i listan."));
                continue;
            }
            String line = null;
            if (e.budgetLine() != null) {
                List<BudgetLines.Target> found = lines.find(e.budgetLine());
                if (found.isEmpty()) {
                    problems.add(new FieldProblem(p + "/budgetLine", "Budgeten " + budget + " har ingen kostnadsrad eller "
                            + "kostnadsgrupp \"" + e.budgetLine().strip() + "\"; den har " + names(lines) + "."));
                    continue;
                }
                if (found.size() > 1) {
                    problems.add(new FieldProblem(p + "/budgetLine", "\"" + e.budgetLine().strip() + "\" står flera gånger "
                            + "i budgeten " + budget + "; skriv \"Rubrik / Rad\", t.ex. \"" + lines.nameOf(found.get(1)) + "\"."));
                    continue;
                }
                BudgetLines.Target t = found.get(0);
                for (BudgetLines.Target other : targets) {
                    if (!other.equals(t) && (other.isGroup() && other.covers(t.group(), t.line())
                            || t.isGroup() && t.covers(other.group(), other.line()))) {
                        BudgetLines.Target group = t.isGroup() ? t : other;
                        problems.add(new FieldProblem(p + "/budgetLine", "\"" + (t.isGroup() ? other : t).text()
                                + "\" ingår i kostnadsgruppen \"" + group.text() + "\", som ett annat objekt redan följs upp "
                                + "mot; budgeten skulle räknas två gånger."));
                    }
                }
                targets.add(t);
                line = lines.nameOf(t);
            }
            entries.add(new OperatingMapping.Entry(object, known.get(object), line));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Mappningen av verksamheter till budgetrader kan inte sparas; inget har ändrats.",
                    problems);
        }
        Integer last = jdbc.sql("SELECT MAX(version) FROM annual_operating_mapping WHERE orgnr = ? AND budget_id = ?")
                .params(key, budget).query(Integer.class).optional().orElse(null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OperatingMapping saved = new OperatingMapping(key, budget, last == null ? 1 : last + 1, false, dimension,
                List.copyOf(entries), allNames(lines), now, user);
        jdbc.sql("INSERT INTO annual_operating_mapping (orgnr, budget_id, version, data, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(key, budget, saved.version(), json.writeValueAsString(saved),
                Timestamp.from(now), user).update();
        events.publishEvent(AuditEvent.of("annualreport.operatingMapping", "operatingMapping", key + "/" + budget,
                Map.of("version", saved.version(), "objects", entries.size())));
        return saved;
    }

    /** Each object of the books matched by name with the budget's lines; unmatched objects get no line. */
    OperatingMapping proposal(String orgnr, String budget, BudgetCalculation calculation) {
        BudgetLines lines = new BudgetLines(calculation);
        String dimension = dimension(orgnr);
        List<OperatingMapping.Entry> entries = new ArrayList<>();
        objects(orgnr, dimension).forEach((code, name) -> {
            List<BudgetLines.Target> found = lines.find(name);
            entries.add(new OperatingMapping.Entry(code, name, found.size() == 1 ? lines.nameOf(found.get(0)) : null));
        });
        return new OperatingMapping(orgnr, budget, 0, true, dimension, List.copyOf(entries), allNames(lines), null, null);
    }

    private String dimension(String orgnr) {
        String d = bookkeeping.mapping(orgnr).costDimension();
        return d == null ? "1" : d;
    }

    /** Code → name of the cost dimension's objects in all the förbund's stored years (the latest name wins). */
    private Map<String, String> objects(String orgnr, String dimension) {
        Map<String, String> out = new LinkedHashMap<>();
        for (BookkeepingYear.Summary s : bookkeeping.years()) {
            if (!s.orgnr().equals(orgnr)) {
                continue;
            }
            bookkeeping.year(orgnr, s.year()).ifPresent(y -> y.objects().forEach((k, name) -> {
                if (k.startsWith(dimension + "/")) {
                    out.put(k.substring(dimension.length() + 1), name);
                }
            }));
        }
        return out;
    }

    private static List<String> allNames(BudgetLines lines) {
        return lines.all().stream().map(lines::nameOf).toList();
    }

    private static String names(BudgetLines lines) {
        List<String> all = allNames(lines);
        return all.isEmpty() ? "inga kostnadsrader" : "\"" + String.join("\", \"", all) + "\"";
    }
}
