package se.finsam.handlingar.template.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.finsam.handlingar.template.TemplateCatalog;
import se.finsam.handlingar.template.TemplateStatus;
import se.finsam.handlingar.template.TemplateSummary;
import se.finsam.handlingar.template.TemplateVersion;

@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private final TemplateCatalog catalog;

    TemplateController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    record FilesRequest(Map<String, String> files) {
    }

    record VersionCreated(String version) {
    }

    record VersionDetail(String template, String version, TemplateStatus status, String sha256, String title,
            List<String> formats, Map<String, String> files) {
    }

    @GetMapping
    List<TemplateSummary> list() {
        return catalog.list();
    }

    @GetMapping("/{id}/versions/{version}")
    VersionDetail version(@PathVariable String id, @PathVariable String version) {
        TemplateVersion v = catalog.resolve(id, version);
        return new VersionDetail(v.templateId(), v.version(), v.status(), v.sha256(), v.manifest().title(),
                v.manifest().formats(), v.files());
    }

    @PostMapping("/{id}/versions")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<VersionCreated> create(@PathVariable String id, @RequestBody FilesRequest request, Principal user) {
        String version = catalog.createDraft(id, request.files(), user.getName());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{version}")
                .buildAndExpand(version).toUri()).body(new VersionCreated(version));
    }

    @PutMapping("/{id}/versions/{version}")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    @Operation(summary = "Ersätter ALLA filer i ett utkast med de skickade (filer som inte skickas tas bort); 409 när versionen är publicerad")
    VersionCreated update(@PathVariable String id, @PathVariable String version, @RequestBody FilesRequest request) {
        catalog.updateDraft(id, version, request.files());
        return new VersionCreated(version);
    }

    @PostMapping("/{id}/versions/{version}/publish")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    ResponseEntity<TemplateSummary.VersionSummary> publish(@PathVariable String id, @PathVariable String version) {
        return ResponseEntity.status(HttpStatus.OK).body(catalog.publish(id, version));
    }
}
