package se.finsam.handlingar.budget.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.budget.BudgetService;
import se.finsam.handlingar.budget.BudgetVersion;
import tools.jackson.databind.JsonNode;

@RestController
class BudgetController {

    private final BudgetService budgets;

    BudgetController(BudgetService budgets) {
        this.budgets = budgets;
    }

    record CreatedDocument(UUID id, String template, String templateVersion, String format, String sha256,
            Integer pages, Instant createdAt, String createdBy, long sizeBytes, List<Finding> findings) {
    }

    @GetMapping("/api/budgets")
    @Operation(summary = "Alla budgetar med sin senaste version")
    List<BudgetVersion.Summary> list() {
        return budgets.list();
    }

    @PostMapping("/api/budgets/{id}/versions")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<BudgetVersion> save(@PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/Budget")))
            @RequestBody JsonNode budget, Principal user) {
        BudgetVersion saved = budgets.save(id, budget, user.getName());
        return ResponseEntity.created(java.net.URI.create("/api/budgets/" + saved.id() + "/versions/" + saved.version()))
                .body(saved);
    }

    @GetMapping("/api/budgets/{id}")
    BudgetVersion latest(@PathVariable String id) {
        return budgets.find(id, null);
    }

    @GetMapping("/api/budgets/{id}/versions")
    List<BudgetVersion.Summary> versions(@PathVariable String id) {
        return budgets.versions(id);
    }

    @GetMapping("/api/budgets/{id}/versions/{version}")
    BudgetVersion version(@PathVariable String id, @PathVariable int version) {
        return budgets.find(id, version);
    }

    @PostMapping("/api/budgets/{id}/documents")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedDocument> document(@PathVariable String id, @RequestBody BudgetService.DocumentOrder order,
            Principal user) {
        DocumentService.Outcome<ArchivedDocument> outcome = budgets.createDocument(id, order, user.getName());
        ArchivedDocument d = outcome.result();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(java.net.URI.create("/api/documents/" + d.id()))
                .body(new CreatedDocument(d.id(), d.template(), d.templateVersion(), d.format(), d.sha256(), d.pages(),
                        d.createdAt(), d.createdBy(), d.sizeBytes(), outcome.findings()));
    }
}
