package se.finsam.handlingar.distribution.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.finsam.handlingar.distribution.BundleService;
import se.finsam.handlingar.distribution.DistributionProperties;
import se.finsam.handlingar.distribution.SendService;
import se.finsam.handlingar.distribution.Upload;
import se.finsam.handlingar.system.ProblemException;

@RestController
class DistributionController {

    private final BundleService bundles;
    private final SendService sends;
    private final DistributionProperties properties;

    DistributionController(BundleService bundles, SendService sends, DistributionProperties properties) {
        this.bundles = bundles;
        this.sends = sends;
        this.properties = properties;
    }

    /** The raw PDF as the body ({@code Content-Type: application/pdf}); name and title as parameters. */
    @PostMapping(path = "/api/distribution/uploads")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI','SEKRETERARE')")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "PDF-filen som den är",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<Upload> upload(HttpServletRequest request, @RequestParam(required = false) String filnamn,
            @RequestParam(required = false) String titel, Principal user) throws IOException {
        String type = request.getContentType();
        if (type == null || !MediaType.APPLICATION_PDF.isCompatibleWith(MediaType.parseMediaType(type))) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Fel innehållstyp",
                    "Skicka PDF-filen som innehåll med Content-Type: application/pdf.");
        }
        long limit = properties.maxUploadSize().toBytes();
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (content.length > limit) {
            throw tooLarge(limit);
        }
        Upload upload = bundles.upload(filnamn, titel, content, user.getName());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(upload.id()).toUri()).body(upload);
    }

    @GetMapping("/api/distribution/uploads/{id}")
    Upload findUpload(@PathVariable UUID id) {
        return bundles.findUpload(id);
    }

    @PostMapping("/api/distribution/bundles")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI','SEKRETERARE')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<BundleService.Bundle> bundle(@RequestBody BundleService.BundleRequest request, Principal user) {
        BundleService.Bundle bundle = bundles.create(request, user.getName());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/documents/{id}").buildAndExpand(bundle.document().id()).toUri()).body(bundle);
    }

    @PostMapping("/api/distribution/sendings")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI','SEKRETERARE')")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "200", description = "Samma Idempotency-Key igen: den lagrade beställningen (Idempotent-Replayed: true)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SendService.SendOrder.class)))
    @ApiResponse(responseCode = "201", description = "Beställningen lagrades",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SendService.SendOrder.class)))
    ResponseEntity<SendService.SendOrder> send(@RequestBody SendService.SendRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, Principal user) {
        SendService.Outcome outcome = sends.create(request, key, user.getName());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(outcome.order().id()).toUri();
        return (outcome.replayed() ? ResponseEntity.ok().location(location) : ResponseEntity.created(location))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(outcome.order());
    }

    @GetMapping("/api/distribution/sendings/{id}")
    SendService.SendOrder find(@PathVariable UUID id) {
        return sends.find(id);
    }

    @GetMapping("/api/distribution/sendings")
    List<SendService.SendOrder> forDocument(@RequestParam UUID dokument) {
        return sends.forDocument(dokument);
    }

    private ProblemException tooLarge(long limit) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "För stor fil", "Filen är större än gränsen på "
                + limit + " byte (handlingar.distribution.max-upload-size).");
    }
}
