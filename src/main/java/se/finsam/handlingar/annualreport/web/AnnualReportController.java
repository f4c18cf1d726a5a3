package se.finsam.handlingar.annualreport.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import se.finsam.handlingar.document.Finding;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.finsam.handlingar.annualreport.AnnualReportDrafts;
import se.finsam.handlingar.annualreport.AnnualReportStore;
import se.finsam.handlingar.annualreport.EquityCap;
import se.finsam.handlingar.annualreport.EquityCapSettings;
import se.finsam.handlingar.annualreport.OperatingMapping;
import se.finsam.handlingar.annualreport.OperatingMappings;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RestController
class AnnualReportController {

    private final AnnualReportStore store;
    private final AnnualReportDrafts drafts;
    private final EquityCapSettings equityCap;
    private final OperatingMappings operatingMappings;
    private final JsonMapper json;

    AnnualReportController(AnnualReportStore store, AnnualReportDrafts drafts, EquityCapSettings equityCap,
            OperatingMappings operatingMappings, JsonMapper json) {
        this.store = store;
        this.drafts = drafts;
        this.equityCap = equityCap;
        this.operatingMappings = operatingMappings;
        this.json = json;
    }

    /** Which budget line each verksamhet is followed up against: the stored mapping, else the proposal by name. */
    @GetMapping("/api/annual-reports/operating-mappings/{orgnr}/{budget}")
    OperatingMapping operatingMapping(@PathVariable String orgnr, @PathVariable String budget) {
        return operatingMappings.current(orgnr, budget);
    }

    /** Stores a new version; an unknown object or budget line is refused with 422 and nothing is stored. */
    @PutMapping("/api/annual-reports/operating-mappings/{orgnr}/{budget}")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    OperatingMapping saveOperatingMapping(@PathVariable String orgnr, @PathVariable String budget,
            @RequestBody(required = false) OperatingMapping.Request request, Principal user) {
        return operatingMappings.save(orgnr, budget, request, user.getName());
    }

    /** The year's figures from the imported bookkeeping (the previous year's column from the stored previous year). */
    @GetMapping("/api/annual-reports/{year}/figures")
    AnnualReportDrafts.Figures figures(@PathVariable int year, @RequestParam(required = false) String orgnr,
            @RequestParam(required = false) String budget, @RequestParam(required = false) Integer budgetVersion) {
        return drafts.figures(year, orgnr, new AnnualReportDrafts.BudgetRef(budget, budgetVersion), null);
    }

    /** The year's report as a draft from the stored bookkeeping, last year's report and the stored budget. */
    @PostMapping("/api/annual-reports/{year}/draft")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    ResponseEntity<AnnualReportDrafts.Draft> draft(@PathVariable int year,
            @RequestBody(required = false) AnnualReportDrafts.DraftRequest request, Principal user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(drafts.draft(year, request, user.getName()));
    }

    record Saved(int year, List<Finding> findings) {
    }

    @PutMapping("/api/annual-reports/{year}")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    @Operation(summary = "Lagrar årets uppgifter (201 första gången, annars 200) och svarar med fynden; pekarna avser det skickade innehållet",
            responses = {
                @ApiResponse(responseCode = "201", description = "Året lagrades för första gången",
                        content = @Content(mediaType = "application/json",
                                schema = @Schema(implementation = Saved.class))),
                @ApiResponse(responseCode = "200", description = "Året ersattes",
                        content = @Content(mediaType = "application/json",
                                schema = @Schema(implementation = Saved.class))) })
    ResponseEntity<Saved> save(@PathVariable int year,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/ArsredovisningData")))
            @RequestBody JsonNode data, Principal user) {
        boolean created = store.find(year).isEmpty();
        Saved saved = new Saved(year, store.save(year, data, user.getName()));
        return created ? ResponseEntity.created(java.net.URI.create("/api/annual-reports/" + year)).body(saved)
                : ResponseEntity.ok(saved);
    }

    @GetMapping("/api/annual-reports/{year}")
    @ApiResponse(responseCode = "200", description = "Årets uppgifter",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(ref = "#/components/schemas/ArsredovisningData")))
    JsonNode find(@PathVariable int year) {
        return store.find(year).orElseThrow(() -> ProblemException.notFound("Årsredovisningen " + year + " finns inte."));
    }

    /** A ready {@code POST /api/documents} body for the stored year. */
    @GetMapping("/api/annual-reports/{year}/document-request")
    @ApiResponse(responseCode = "200", description = "Ett färdigt innehåll för POST /api/documents",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = se.finsam.handlingar.document.DocumentRequest.class)))
    JsonNode documentRequest(@PathVariable int year) {
        ObjectNode body = json.createObjectNode();
        body.put("template", "arsredovisning");
        body.put("format", "pdf");
        body.set("data", find(year));
        return body;
    }

    record EquityCapBody(BigDecimal lowerRate, BigDecimal limit, BigDecimal upperRate) {
    }

    @GetMapping("/api/annual-reports/settings/equity-cap")
    EquityCap equityCap() {
        return equityCap.current();
    }

    @PutMapping("/api/annual-reports/settings/equity-cap")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    EquityCap saveEquityCap(@RequestBody EquityCapBody body) {
        if (body == null || !rate(body.lowerRate())) {
            throw ProblemException.invalid("/lowerRate", "Ange andelen som ett tal mellan 0 och 1, t.ex. 0.20.");
        }
        if (!rate(body.upperRate())) {
            throw ProblemException.invalid("/upperRate", "Ange andelen som ett tal mellan 0 och 1, t.ex. 0.15.");
        }
        if (body.limit() == null || body.limit().signum() < 0) {
            throw ProblemException.invalid("/limit", "Ange gränsen i kronor, t.ex. 7000000.");
        }
        return equityCap.save(new EquityCap(body.lowerRate(), body.limit(), body.upperRate()));
    }

    private static boolean rate(BigDecimal r) {
        return r != null && r.signum() >= 0 && r.compareTo(BigDecimal.ONE) <= 0;
    }
}
