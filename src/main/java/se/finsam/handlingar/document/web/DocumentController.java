package se.finsam.handlingar.document.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.render.RenderedDocument;
import tools.jackson.databind.JsonNode;

@RestController
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    record Created(UUID id, String template, String templateVersion, String format, String sha256, Integer pages,
            java.time.Instant createdAt, String createdBy, long sizeBytes, List<Finding> findings) {
    }

    record Findings(List<Finding> findings) {
    }

    record VersionPreviewRequest(String format, JsonNode data) {
    }

    @PostMapping("/api/documents")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI','SEKRETERARE')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> create(@RequestBody DocumentRequest request, Principal user) {
        DocumentService.Outcome<ArchivedDocument> outcome = documents.create(request, user.getName());
        ArchivedDocument d = outcome.result();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(d.id()).toUri())
                .body(new Created(d.id(), d.template(), d.templateVersion(), d.format(), d.sha256(), d.pages(),
                        d.createdAt(), d.createdBy(), d.sizeBytes(), outcome.findings()));
    }

    @GetMapping("/api/documents")
    DocumentService.Page list(@RequestParam(required = false) String template,
            @RequestParam(required = false) String subject,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return documents.list(template, subject, page, size);
    }

    /** Reads every archived file back and compares it with its recorded SHA-256 (after a restore, say). */
    @GetMapping("/api/documents/verify")
    @PreAuthorize("hasRole('ADMIN')")
    DocumentService.ArchiveVerification verify() {
        return documents.verifyArchive();
    }

    @GetMapping("/api/documents/{id}")
    ArchivedDocument find(@PathVariable UUID id) {
        return documents.find(id);
    }

    @GetMapping("/api/documents/{id}/content")
    ResponseEntity<byte[]> content(@PathVariable UUID id) {
        ArchivedDocument d = documents.find(id);
        byte[] bytes = documents.content(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + d.template() + "-" + d.id() + "." + d.format() + "\"")
                .header(HttpHeaders.ETAG, "\"" + d.sha256() + "\"")
                .body(bytes);
    }

    @GetMapping("/api/documents/{id}/data")
    JsonNode data(@PathVariable UUID id) {
        return documents.dataSnapshot(id);
    }

    @PostMapping("/api/previews")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI','SEKRETERARE')")
    ResponseEntity<byte[]> preview(@RequestBody DocumentRequest request) {
        return bytes(documents.preview(request));
    }

    @PostMapping("/api/checks")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI','SEKRETERARE')")
    Findings check(@RequestBody DocumentRequest request) {
        return new Findings(documents.check(request));
    }

    @PostMapping("/api/templates/{id}/versions/{version}/preview")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    ResponseEntity<byte[]> previewVersion(@PathVariable String id, @PathVariable String version,
            @RequestBody VersionPreviewRequest request) {
        return bytes(documents.previewVersion(id, version, request.format(), request.data()));
    }

    private static ResponseEntity<byte[]> bytes(DocumentService.Outcome<RenderedDocument> outcome) {
        RenderedDocument rendered = outcome.result();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.parseMediaType(rendered.contentType()));
        if (rendered.pages() != null) {
            response.header("X-Handlingar-Pages", rendered.pages().toString());
        }
        response.header("X-Handlingar-Findings", Integer.toString(outcome.findings().size()));
        return response.body(rendered.content());
    }
}
