package se.finsam.handlingar.signing.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.signing.SignatureField;
import se.finsam.handlingar.signing.SignatureReport;
import se.finsam.handlingar.signing.SigningProperties;
import se.finsam.handlingar.signing.SigningService;
import se.finsam.handlingar.system.ProblemException;

@RestController
class SignatureController {

    private final SigningService signing;
    private final DocumentService documents;
    private final SigningProperties properties;

    SignatureController(SigningService signing, DocumentService documents, SigningProperties properties) {
        this.signing = signing;
        this.documents = documents;
        this.properties = properties;
    }

    record CompleteRequest(String signatureValue) {
    }

    /**
     * The signatures of this revision, the state of its signature fields, and the newest revision of the chain.
     *
     * @param missing required fields unsigned in this revision, in signing order
     */
    record DocumentSignatures(UUID document, UUID latestRevision, List<SignatureReport.Signature> signatures,
            boolean modifiedAfterLastSignature, List<SignatureField> fields, List<String> missing, boolean complete) {
    }

    @PostMapping("/api/documents/{id}/signatures")
    ResponseEntity<SigningService.Started> start(@PathVariable UUID id,
            @RequestBody(required = false) SigningService.StartRequest request, Principal user) {
        SigningService.Started started = signing.start(id, request, user.getName());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{session}")
                .buildAndExpand(started.session()).toUri()).body(started);
    }

    @PutMapping("/api/documents/{id}/signatures/{session}")
    ArchivedDocument complete(@PathVariable UUID id, @PathVariable UUID session,
            @RequestBody(required = false) CompleteRequest request, Principal user) {
        return signing.complete(id, session, request == null ? null : request.signatureValue(), user.getName());
    }

    @GetMapping("/api/documents/{id}/signatures")
    DocumentSignatures signatures(@PathVariable UUID id) {
        SignatureReport report = signing.signatures(id);
        List<SignatureField> fields = signing.fields(id);
        List<String> missing = fields.stream().filter(f -> f.required() && !f.signed()).map(SignatureField::field).toList();
        return new DocumentSignatures(id, documents.latestRevision(id).id(), report.signatures(),
                report.modifiedAfterLastSignature(), fields, missing, !fields.isEmpty() && missing.isEmpty());
    }

    @PostMapping(path = "/api/signatures/validation")
    SignatureReport validate(HttpServletRequest request) throws IOException {
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type == null || !MediaType.APPLICATION_PDF.isCompatibleWith(type)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Fel innehållstyp",
                    "Skicka PDF-filen som begärans innehåll med Content-Type: application/pdf.");
        }
        long limit = properties.maxValidationSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        return signing.validate(body);
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "För stor fil",
                "PDF-filen är större än gränsen på " + limit + " byte (handlingar.signing.max-validation-size).");
    }
}
