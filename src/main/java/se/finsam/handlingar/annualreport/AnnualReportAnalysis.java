package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.impact.SocialReportAnalysis;
import tools.jackson.databind.JsonNode;

/**
 * Everything computed from an annual report's data: derived statements, the checks' findings and the values a
 * template shows. Pure; the equity cap setting is passed in.
 */
public final class AnnualReportAnalysis {

    private final List<Finding> findings;
    private final AnnualReportView view;

    private AnnualReportAnalysis(List<Finding> findings, AnnualReportView view) {
        this.findings = findings;
        this.view = view;
    }

    public static AnnualReportAnalysis of(JsonNode data, EquityCap cap) {
        AnnualFindings f = new AnnualFindings();
        AnnualFigureBook book = new AnnualFigureBook();
        StatementAnalysis statements = new StatementAnalysis();
        statements.analyse(data, f);
        CashFlowAnalysis cashFlow = new CashFlowAnalysis();
        cashFlow.analyse(data, statements, f);
        OperatingStatementAnalysis operating = new OperatingStatementAnalysis();
        operating.analyse(data, statements, f, book);
        KeyFigureAnalysis keyFigures = new KeyFigureAnalysis();
        keyFigures.analyse(data, statements, cap, f, book);
        AnnualTableAnalysis tables = new AnnualTableAnalysis();
        tables.analyse(data.path("tabeller"), f);
        SocialReportAnalysis.Result social = SocialReportAnalysis.analyse(data);
        f.addAll(social.findings());
        for (Map.Entry<String, BigDecimal> e : social.figures().entrySet()) {
            if (e.getKey().endsWith(".procent")) {
                book.percent(e.getKey(), e.getValue());
            } else {
                book.count(e.getKey(), e.getValue());
            }
        }
        AnnualNarrative narrative = new AnnualNarrative();
        narrative.analyse(data, book, f);

        AnnualReportView view = new AnnualReportView(statements.income, statements.balance, statements.noteTotals,
                cashFlow.columns, operating.shown, keyFigures.equityCap, keyFigures.balanceRequirement, tables.shown,
                social.view(), narrative.sections.get("forvaltningsberattelse"), narrative.sections.get("bilagor"),
                noteReferences(data.path("noter")));
        return new AnnualReportAnalysis(f.list(), view);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Values for the template: shown statement lines, derived statements, resolved narrative. */
    public AnnualReportView view() {
        return view;
    }

    /** Statement line → the note numbers that explain it, e.g. kostnader → "3, 4". */
    private static Map<String, String> noteReferences(JsonNode notes) {
        Map<String, List<String>> refs = new LinkedHashMap<>();
        for (JsonNode note : notes) {
            String line = note.path("linje").asString("");
            if (!line.isEmpty()) {
                refs.computeIfAbsent(line, k -> new ArrayList<>()).add(note.path("nummer").asString());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        refs.forEach((line, numbers) -> out.put(line, String.join(", ", numbers)));
        return out;
    }
}
