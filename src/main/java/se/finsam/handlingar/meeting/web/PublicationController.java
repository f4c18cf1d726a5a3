package se.finsam.handlingar.meeting.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.meeting.PublicProtokoll;
import se.finsam.handlingar.render.RenderedDocument;

/**
 * The public version of a protokoll: §§ marked "ej för publicering" left out with their ground, private individuals
 * masked.
 */
@RestController
class PublicationController {

    private final PublicProtokoll publicProtokoll;

    PublicationController(PublicProtokoll publicProtokoll) {
        this.publicProtokoll = publicProtokoll;
    }

    @GetMapping("/api/meetings/{id}/protokoll/publik/preview")
    ResponseEntity<byte[]> preview(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        DocumentService.Outcome<RenderedDocument> outcome = publicProtokoll.preview(id, format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(outcome.result().contentType()))
                .header("X-Handlingar-Findings", Integer.toString(outcome.findings().size()))
                .body(outcome.result().content());
    }
}
