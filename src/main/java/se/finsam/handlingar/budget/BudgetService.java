package se.finsam.handlingar.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores budgets as immutable versions and makes verksamhetsplan documents from a stored version, so the numbers
 * are never sent again. The archived document's data snapshot holds the budget it used and names its version.
 */
@Service
public class BudgetService {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final BudgetStore store;
    private final DocumentService documents;
    private final JsonMapper json;
    private final Clock clock;

    BudgetService(BudgetStore store, DocumentService documents, JsonMapper json, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    /** A document order: which budget version, which template version and format, and the plan's other data. */
    public record DocumentOrder(Integer budgetVersion, String templateVersion, String format, JsonNode plan) {
    }

    @Transactional
    public BudgetVersion save(String id, JsonNode budget, String user) {
        requireId(id);
        if (budget == null || !budget.isObject()) {
            throw ProblemException.invalid("", "Skicka budgeten som ett JSON-objekt.");
        }
        List<FieldProblem> problems = BudgetCalculator.problems(budget, "");
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Budgeten kan inte beräknas.", problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int version = store.nextVersion(id);
        try {
            store.insert(new BudgetStore.Row(id, version, json.writeValueAsString(budget), now, user));
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("Budget " + id + " fick en ny version samtidigt; försök igen.");
        }
        return toVersion(store.find(id, version).orElseThrow());
    }

    public BudgetVersion find(String id, Integer version) {
        requireId(id);
        return store.find(id, version).map(this::toVersion).orElseThrow(() -> ProblemException.notFound(
                version == null ? "Budget " + id + " finns inte." : "Budget " + id + " har ingen version " + version + "."));
    }

    public boolean exists(String id) {
        requireId(id);
        return !store.versions(id).isEmpty();
    }

    /** Every stored budget with its newest version (without content). */
    public List<BudgetVersion.Summary> list() {
        return store.latest().stream()
                .map(r -> new BudgetVersion.Summary(r.id(), r.version(), r.createdAt(), r.createdBy())).toList();
    }

    public List<BudgetVersion.Summary> versions(String id) {
        requireId(id);
        List<BudgetVersion.Summary> list = store.versions(id).stream()
                .map(r -> new BudgetVersion.Summary(r.id(), r.version(), r.createdAt(), r.createdBy())).toList();
        if (list.isEmpty()) {
            throw ProblemException.notFound("Budget " + id + " finns inte.");
        }
        return list;
    }

    /** The verksamhetsplan request data: the plan as sent, with the stored budget and its origin added. */
    public JsonNode documentData(String id, DocumentOrder order) {
        if (order == null || order.plan() == null || !order.plan().isObject()) {
            throw ProblemException.invalid("/plan", "Skicka planens övriga uppgifter (kapitel, mål, bilagor) som ett JSON-objekt under \"plan\".");
        }
        if (order.plan().has("budget") || order.plan().has("budgetKalla")) {
            throw ProblemException.invalid("/plan/budget", "Budgeten hämtas från den lagrade versionen; skicka den inte med.");
        }
        BudgetVersion stored = find(id, order.budgetVersion());
        ObjectNode data = (ObjectNode) order.plan().deepCopy();
        data.set("budget", stored.budget());
        ObjectNode source = data.putObject("budgetKalla");
        source.put("id", stored.id());
        source.put("version", stored.version());
        return data;
    }

    public DocumentService.Outcome<ArchivedDocument> createDocument(String id, DocumentOrder order, String user) {
        JsonNode data = documentData(id, order);
        return documents.create(new DocumentRequest(BudgetChecks.TEMPLATE, order.templateVersion(),
                order.format() == null ? "pdf" : order.format(), data), user);
    }

    private BudgetVersion toVersion(BudgetStore.Row row) {
        JsonNode budget = json.readTree(row.data());
        return new BudgetVersion(row.id(), row.version(), row.createdAt(), row.createdBy(), budget,
                BudgetCalculator.calculate(budget), BudgetChecks.check(budget, ""));
    }

    private static void requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ProblemException.invalid("/id", "Budgetens id ska vara gemena bokstäver a–z, siffror och bindestreck, t.ex. umea-2022-2024.");
        }
    }
}
