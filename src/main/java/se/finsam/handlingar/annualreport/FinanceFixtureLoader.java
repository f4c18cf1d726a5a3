package se.finsam.handlingar.annualreport;

import se.finsam.handlingar.budget.BudgetService;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import se.finsam.handlingar.system.DemoData;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the seed's budget and the 2023 annual figures at start when they are not stored yet, so a fresh service can
 * make the verksamhetsplan from a stored budget and the årsredovisning from stored figures right away. Only with the
 * demo switch on ({@code handlingar.demo=true}); never overwrites what a user stored.
 */
@Component
@Order(20)
class FinanceFixtureLoader implements ApplicationRunner {

    static final String SEED_BUDGET = "umearegionen-2022-2024";

    private static final Logger log = LoggerFactory.getLogger(FinanceFixtureLoader.class);

    private final BudgetService budgets;
    private final AnnualReportStore annualReports;
    private final JsonMapper json;
    private final boolean enabled;
    private final Path dir;

    FinanceFixtureLoader(BudgetService budgets, AnnualReportStore annualReports, JsonMapper json,
            DemoData demo) {
        this.budgets = budgets;
        this.annualReports = annualReports;
        this.json = json;
        this.enabled = demo.enabled();
        this.dir = demo.dir();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        JsonNode plan = read("verksamhetsplan-2022-2024.json");
        if (plan != null && !budgets.exists(SEED_BUDGET)) {
            store(() -> budgets.save(SEED_BUDGET, plan.path("data").path("budget"), "system"),
                    "budget " + SEED_BUDGET);
        }
        JsonNode report = read("arsredovisning-2023.json");
        if (report != null && annualReports.find(2023).isEmpty()) {
            store(() -> annualReports.save(2023, report.path("data"), "system"), "annual report 2023");
        }
    }

    private void store(Runnable save, String what) {
        try {
            save.run();
            log.info("Fixture stored: {}", what);
        } catch (DataIntegrityViolationException | ProblemException e) {
            // another instance on the same database stored it at the same moment
            log.info("Fixture {} not stored here: {}", what, e.getMessage());
        }
    }

    private JsonNode read(String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return json.readTree(file.toFile());
    }
}
