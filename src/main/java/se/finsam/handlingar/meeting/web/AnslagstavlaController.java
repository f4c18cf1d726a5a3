package se.finsam.handlingar.meeting.web;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.finsam.handlingar.meeting.Anslagstavla;
import se.finsam.handlingar.organisation.Forbund;
import se.finsam.handlingar.organisation.OrganisationDirectory;

/**
 * The public digital anslagstavla: plain, accessible HTML without login or JavaScript.
 */
@RestController
class AnslagstavlaController {

    private final Anslagstavla anslagstavla;
    private final OrganisationDirectory organisation;

    AnslagstavlaController(Anslagstavla anslagstavla, OrganisationDirectory organisation) {
        this.anslagstavla = anslagstavla;
        this.organisation = organisation;
    }

    @GetMapping(value = "/anslagstavla", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> page() {
        String forbund = organisation.forbund().map(Forbund::namn).orElse("Samordningsförbundet");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(AnslagstavlaPage.html(forbund, anslagstavla.current(), anslagstavla.history()));
    }

    @GetMapping(AnslagstavlaPage.FEED)
    ResponseEntity<byte[]> feed() {
        String forbund = organisation.forbund().map(Forbund::namn).orElse("Samordningsförbundet");
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(AnslagFeed.atom(forbund, base, anslagstavla.current(), anslagstavla.history(),
                        anslagstavla.today()));
    }

    @GetMapping(value = "/anslagstavla/{meetingId}/protokoll.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> protokoll(@PathVariable UUID meetingId) {
        return anslagstavla.protokoll(meetingId)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"protokoll-" + meetingId + ".pdf\"")
                        .cacheControl(CacheControl.noStore())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/anslagstavla/{meetingId}/utdrag/{omedelbarJustering}.pdf")
    ResponseEntity<byte[]> utdrag(@PathVariable UUID meetingId, @PathVariable UUID omedelbarJustering) {
        return anslagstavla.utdrag(meetingId, omedelbarJustering)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"protokollsutdrag-"
                                + omedelbarJustering + ".pdf\"")
                        .cacheControl(CacheControl.noStore())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
