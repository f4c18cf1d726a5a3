package se.finsam.handlingar.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an annual report's figures and texts per year (the data of an {@code arsredovisning} document). Data that
 * fails the schema is refused; findings of the checks are returned but do not stop storing, since figures are
 * usually entered step by step.
 */
@Service
public class AnnualReportStore {

    private final JdbcClient jdbc;
    private final DocumentService documents;
    private final JsonMapper json;
    private final Clock clock;

    AnnualReportStore(JdbcClient jdbc, DocumentService documents, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public List<Finding> save(int year, JsonNode data, String user) {
        if (data == null || !data.isObject() || data.path("ar").asInt() != year) {
            throw ProblemException.invalid("/ar", "Uppgifterna ska vara ett objekt med \"ar\": " + year + ".");
        }
        // the body sent is the data itself, so pointers are relative to it, not to a document request's /data
        List<Finding> findings = documents.check(new DocumentRequest(AnnualReportDocument.TEMPLATE, null, "pdf", data))
                .stream().map(f -> f.withoutPointerPrefix("/data")).toList();
        List<Finding> schemaErrors = findings.stream().filter(f -> f.code().startsWith("schema.")).toList();
        if (!schemaErrors.isEmpty()) {
            throw ProblemException.invalid("Uppgifterna följer inte mallens schema.", schemaErrors.stream()
                    .map(f -> new se.finsam.handlingar.system.FieldProblem(f.pointer(), f.message())).toList());
        }
        String text = json.writeValueAsString(data);
        Instant now = clock.instant();
        int updated = jdbc.sql("UPDATE finance_annual_report SET data = ?, updated_at = ?, updated_by = ? WHERE report_year = ?")
                .params(text, java.sql.Timestamp.from(now), user, year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO finance_annual_report (report_year, data, updated_at, updated_by) VALUES (?, ?, ?, ?)")
                    .params(year, text, java.sql.Timestamp.from(now), user).update();
        }
        return findings;
    }

    public Optional<JsonNode> find(int year) {
        return jdbc.sql("SELECT data FROM finance_annual_report WHERE report_year = ?").param(year)
                .query(String.class).optional().map(json::readTree);
    }
}
