package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import se.finsam.handlingar.bookkeeping.AccountMapping;
import se.finsam.handlingar.bookkeeping.Bookkeeping;
import se.finsam.handlingar.bookkeeping.BookkeepingYear;
import se.finsam.handlingar.budget.Amounts;
import se.finsam.handlingar.budget.BudgetCalculation;
import se.finsam.handlingar.budget.BudgetService;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.organisation.Member;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The annual figures from the imported bookkeeping, and next year's report built from them: the statements, notes,
 * kassaflöde basis and driftsredovisning come from the stored years; last year's report gives the narrative
 * structure (texts kept and marked for review); the organisation register gives the board on the signing date; the
 * stored budget gives the budget columns.
 */
@Service
public class AnnualReportDrafts {


    private final Bookkeeping bookkeeping;
    private final AnnualReportStore reports;
    private final BudgetService budgets;
    private final OrganisationDirectory organisation;
    private final BookReportData writer;
    private final OperatingTable operatingTable;
    private final OperatingMappings operatingMappings;
    private final JsonMapper json;

    AnnualReportDrafts(Bookkeeping bookkeeping, AnnualReportStore reports, BudgetService budgets,
            OrganisationDirectory organisation, OperatingMappings operatingMappings, JsonMapper json) {
        this.bookkeeping = bookkeeping;
        this.reports = reports;
        this.budgets = budgets;
        this.organisation = organisation;
        this.writer = new BookReportData(json);
        this.operatingTable = new OperatingTable(json);
        this.operatingMappings = operatingMappings;
        this.json = json;
    }

    /** Which budget to put beside the utfall; both may be null (no budget columns). */
    public record BudgetRef(String budget, Integer budgetVersion) {
    }

    /** The figures of a year as report data, and what the books themselves disagree on. */
    public record Figures(int year, String orgnr, String previousYearSource, ObjectNode data, List<Finding> findings) {
    }

    public Figures figures(int year, String orgnr, BudgetRef budgetRef, JsonNode previousReport) {
        BookkeepingYear books = bookkeeping.find(orgnr, year).orElseThrow(() -> ProblemException.notFound(
                "Bokföringen för " + year + " är inte inläst" + (orgnr == null ? " (eller finns för flera förbund: ange orgnr)" : "")
                + ". Läs in SIE-filen med POST /api/bookkeeping/imports."));
        AccountMapping mapping = bookkeeping.mapping(books.orgnr());
        List<Finding> findings = new ArrayList<>();
        BookFigures.Year now = BookFigures.of(year, books.end(), books.closing(), books.result(), books.accounts(),
                mapping, "bokföringen " + year, findings);
        var stored = bookkeeping.year(books.orgnr(), year - 1);
        BookFigures.Year before;
        java.util.Map<String, Long> opening = null;
        String source;
        if (stored.isPresent()) {
            BookkeepingYear p = stored.get();
            before = BookFigures.of(year - 1, p.end(), p.closing(), p.result(), p.accounts(), mapping,
                    "bokföringen " + (year - 1), findings);
            opening = p.opening().isEmpty() ? null : BookFigures.balanceOnly(p.opening(), p.accounts(), mapping);
            source = "det lagrade året " + (year - 1);
        } else {
            before = BookFigures.of(year - 1, books.start().minusDays(1), books.previousClosing(), books.previousResult(),
                    books.accounts(), mapping, "föregående år i filen " + year, findings);
            opening = books.previousOpening().isEmpty() ? null
                    : BookFigures.balanceOnly(books.previousOpening(), books.accounts(), mapping);
            source = "föregående års uppgifter i " + year + " års fil";
        }
        ObjectNode data = json.createObjectNode();
        data.putArray("resultatrakning").add(writer.income(now)).add(writer.income(before));
        data.putArray("balansrakning").add(writer.balance(now.end().toString(), now.balance()))
                .add(writer.balance(before.end().toString(), before.balance()));
        if (opening != null) {
            data.set("ingaendeBalans", writer.balance(before.end().minusYears(1).toString(), opening));
        }
        BookFigures.BalanceAdjustments adjustments = BookFigures.balanceAdjustments(now, books, mapping);
        data.putObject("balanskrav").put("realisationsvinster", adjustments.realisationsvinster())
                .put("resultatutjamningsreserv", adjustments.resultatutjamningsreserv());
        data.set("noter", writer.notes(previousReport == null ? json.createArrayNode() : previousReport.path("noter"),
                now, before, findings));
        BudgetCalculation budget = null;
        int column = -1;
        if (budgetRef != null && budgetRef.budget() != null && !budgetRef.budget().isBlank()) {
            budget = budgets.find(budgetRef.budget(), budgetRef.budgetVersion()).calculation();
            column = budget.years().indexOf(year);
            if (column < 0) {
                throw ProblemException.invalid("/budget", "Budgeten " + budgetRef.budget() + " gäller åren "
                        + budget.years() + ", inte " + year + ".");
            }
            ObjectNode drift = data.putObject("driftsredovisning");
            if (previousReport != null && previousReport.path("driftsredovisning").has("text")) {
                drift.set("text", previousReport.path("driftsredovisning").path("text"));
            }
            drift.putObject("budget").put("intakter", budget.totalIncome().get(column))
                    .put("kostnader", budget.totalCosts().get(column));
        }
        BudgetCalculation chosen = budget;
        OperatingMapping objects = budget == null ? null : operatingMappings.stored(books.orgnr(), budgetRef.budget())
                .orElseGet(() -> operatingMappings.proposal(books.orgnr(), budgetRef.budget(), chosen));
        data.putArray("tabeller").add(operatingTable.write(books, now, mapping.costDimension() == null ? "1"
                : mapping.costDimension(), budget, column, objects, "/tabeller/0", findings));
        return new Figures(year, books.orgnr(), source, data, findings);
    }

    /**
     * Request for a draft: the budget, the signing date (default: last year's date a year on), whether to replace a
     * stored report of the year, and the förbund's orgnr (needed only when the books of several förbund are stored).
     */
    public record DraftRequest(String budget, Integer budgetVersion, LocalDate signingDate, Boolean replace, String orgnr) {
    }

    public record Draft(int year, List<Finding> findings, JsonNode data) {
    }

    public Draft draft(int year, DraftRequest request, String user) {
        DraftRequest req = request == null ? new DraftRequest(null, null, null, false, null) : request;
        if (reports.find(year).isPresent() && !Boolean.TRUE.equals(req.replace())) {
            throw ProblemException.conflict("Årsredovisningen " + year + " finns redan. Skicka \"replace\": true för att "
                    + "ersätta den med ett nytt utkast ur bokföringen.");
        }
        JsonNode previous = reports.find(year - 1).orElseThrow(() -> ProblemException.conflict("Årsredovisningen "
                + (year - 1) + " är inte lagrad; utkastet tar sin struktur (avsnitt, noter, styrelse) från den."));
        Figures figures = figures(year, req.orgnr(), new BudgetRef(req.budget(), req.budgetVersion()), previous);
        ObjectNode data = ((ObjectNode) previous).deepCopy();
        data.remove("tabeller");
        List<Finding> findings = new ArrayList<>(figures.findings());
        data.put("utkast", true);
        data.put("ar", year);
        LocalDate signing = req.signingDate() != null ? req.signingDate()
                : LocalDate.parse(previous.path("undertecknande").path("datum").asString(year + "-03-31")).plusYears(1);
        ((ObjectNode) data.path("undertecknande")).put("datum", signing.toString());
        data.put("beslutad", signing.toString());
        for (String key : List.of("resultatrakning", "balansrakning", "ingaendeBalans", "noter", "tabeller")) {
            if (figures.data().has(key)) {
                data.set(key, figures.data().get(key));
            }
        }
        data.remove("kassaflodesanalys");
        data.remove("trappan");
        data.set("balanskrav", figures.data().get("balanskrav"));
        if (figures.data().has("driftsredovisning")) {
            data.set("driftsredovisning", figures.data().get("driftsredovisning"));
        } else {
            data.remove("driftsredovisning");
        }
        multiYear(data, previous, figures, year);
        narrative(data);
        DraftCarryOver.apply(data, previous, year, findings);
        board(data, signing);
        findings.addAll(reports.save(year, data, user));
        return new Draft(year, findings, data);
    }

    /** Last year's sections, texts marked for review; free tables (not from the books) are left out. */
    private void narrative(ObjectNode data) {
        for (String part : List.of("forvaltningsberattelse", "bilagor")) {
            for (JsonNode s : data.path(part)) {
                ObjectNode section = (ObjectNode) s;
                section.put("granskas", true);
                if (section.has("text")) {
                    section.put("text", section.path("text").asString().replaceAll("\\{\\{([^}=]+)=[^}]*\\}\\}", "{{$1}}"));
                }
                if (section.has("infoga")) {
                    ArrayNode kept = json.createArrayNode();
                    section.path("infoga").forEach(i -> {
                        String v = i.asString();
                        if (!v.startsWith("tabell:")) {
                            kept.add(v);
                        }
                    });
                    section.set("infoga", kept);
                }
            }
        }
        ArrayNode bilagor = data.has("bilagor") ? (ArrayNode) data.get("bilagor") : data.putArray("bilagor");
        ObjectNode drift = bilagor.addObject();
        drift.put("rubrik", "Driftsredovisning per verksamhet");
        drift.put("niva", 1);
        drift.putArray("infoga").add("tabell:" + OperatingTable.ID);
    }

    /** Flerårsöversikt: the new year first, computed from the books; rows no book gives are left empty. */
    private void multiYear(ObjectNode data, JsonNode previous, Figures figures, int year) {
        JsonNode old = previous.path("flerarsoversikt");
        if (old.isMissingNode()) {
            return;
        }
        ObjectNode m = data.putObject("flerarsoversikt");
        ArrayNode years = m.putArray("ar").add(year);
        int keep = Math.min(5, old.path("ar").size());
        for (int i = 0; i < keep; i++) {
            years.add(old.path("ar").get(i));
        }
        JsonNode rr = figures.data().path("resultatrakning").get(0);
        JsonNode br = figures.data().path("balansrakning").get(0);
        long equity = br.path("aretsResultat").asLong() + br.path("ovrigtEgetKapital").asLong();
        long assets = br.path("anlaggningstillgangar").asLong() + br.path("fordringar").asLong()
                + br.path("kassaOchBank").asLong();
        ArrayNode rows = m.putArray("rader");
        for (JsonNode r : old.path("rader")) {
            ObjectNode row = ((ObjectNode) r).deepCopy();
            ArrayNode values = row.putArray("varden");
            String id = r.path("id").asString("");
            BigDecimal value = switch (id) {
                case "intakter" -> Amounts.tkr(BigDecimal.valueOf(rr.path("intakter").asLong()));
                case "kostnader" -> Amounts.tkr(BigDecimal.valueOf(-rr.path("kostnader").asLong()));
                case "resultat" -> Amounts.tkr(BigDecimal.valueOf(br.path("aretsResultat").asLong()));
                case "egetKapital" -> Amounts.tkr(BigDecimal.valueOf(equity));
                case "soliditet" -> assets == 0 ? null : Amounts.percent(BigDecimal.valueOf(equity), BigDecimal.valueOf(assets));
                default -> null;
            };
            if (value == null) {
                values.addNull();
            } else {
                values.add(value);
            }
            for (int i = 0; i < keep; i++) {
                values.add(r.path("varden").get(i));
            }
            rows.add(row);
        }
    }

    /**
     * The styrelse as the register has it on the signing date, each ledamot with the personal ersättare the register
     * names for them; last year's list when the register knows nobody then.
     */
    private void board(ObjectNode data, LocalDate signing) {
        List<Member> all = organisation.members(AnnualSignatoryRegisterCheck.ORGAN, signing);
        List<Member> members = all.stream().filter(Member::ordinarie).toList();
        if (members.isEmpty()) {
            return;
        }
        ObjectNode styrelse = data.has("styrelse") ? (ObjectNode) data.get("styrelse") : data.putObject("styrelse");
        ArrayNode list = styrelse.putArray("ledamoter");
        for (Member m : members) {
            ObjectNode n = list.addObject();
            n.put("namn", m.namn());
            if (m.parti() != null) {
                n.put("parti", m.parti());
            }
            n.put("roll", m.roll().label());
            List<String> deputies = all.stream().filter(e -> !e.ordinarie() && m.namn().equals(e.ersatter()))
                    .map(e -> e.parti() == null ? e.namn() : e.namn() + " (" + e.parti() + ")").toList();
            if (!deputies.isEmpty()) {
                n.put("ersattare", String.join(", ", deputies));
            }
            if (m.huvudman() != null) {
                n.put("utseddAv", m.huvudman().namn());
            }
            if (m.fran() != null) {
                n.put("fran", m.fran().toString());
            }
            if (m.till() != null) {
                n.put("till", m.till().toString());
            }
        }
    }
}
