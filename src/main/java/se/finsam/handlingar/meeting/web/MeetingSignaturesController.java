package se.finsam.handlingar.meeting.web;

import java.util.List;
import java.util.UUID;

import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.meeting.Meeting;
import se.finsam.handlingar.meeting.MeetingStatus;
import se.finsam.handlingar.meeting.OmedelbarJustering;
import se.finsam.handlingar.meeting.SignedJustering;
import se.finsam.handlingar.signing.SignatureField;
import se.finsam.handlingar.signing.SigningService;
import se.finsam.handlingar.system.ProblemException;

/**
 * Which signatures the justerat protokoll has and which are missing, and withdrawing a digital justering that still
 * waits for them (docs/signing.md, docs/meetings.md).
 */
@RestController
class MeetingSignaturesController {

    private final SignedJustering justering;
    private final DocumentService documents;
    private final SigningService signing;

    MeetingSignaturesController(SignedJustering justering, DocumentService documents, SigningService signing) {
        this.justering = justering;
        this.documents = documents;
        this.signing = signing;
    }

    /**
     * @param protokoll the protokoll as archived at justering (unsigned)
     * @param signeratProtokoll the newest revision: the one the anslagstavla and send orders use
     * @param saknas required fields not yet signed, in signing order
     * @param komplett every required field is signed
     * @param status the meeting's status: JUSTERAS while a digital justering waits for signatures
     * @param saknasForJustering the justerare's and the ordförande's fields still unsigned; a digital justering is
     *                           complete (JUSTERAT) when this is empty
     */
    record Underskrifter(UUID protokoll, UUID signeratProtokoll, List<SignatureField> falt, List<String> saknas,
            boolean komplett, MeetingStatus status, List<String> saknasForJustering) {
    }

    @GetMapping("/api/meetings/{id}/underskrifter")
    Underskrifter underskrifter(@PathVariable UUID id) {
        Meeting meeting = justering.completeIfSigned(id);
        if (meeting.protokollDokument() == null) {
            throw ProblemException.conflict("Protokollet är inte justerat än; underskrifter samlas in efter justeringen.");
        }
        UUID latest = documents.latestRevision(meeting.protokollDokument()).id();
        List<SignatureField> fields = signing.fields(latest);
        List<String> missing = signing.missing(latest);
        return new Underskrifter(meeting.protokollDokument(), latest, fields, missing, missing.isEmpty(),
                meeting.status(), SignedJustering.missingForJustering(missing));
    }

    /** Optional reason for withdrawing a digital justering (kept in the audit trail). */
    record Aterkallelse(String orsak) {
    }

    @PostMapping("/api/meetings/{id}/justering/aterkallelse")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI','SEKRETERARE')")
    Meeting withdraw(@PathVariable UUID id, @RequestBody(required = false) Aterkallelse body, Principal user) {
        return justering.withdraw(id, reason(body), user.getName());
    }

    /**
     * Withdraws a digital omedelbar justering still waiting for signatures; the answer is the justering with
     * {@code aterkallad} set (docs/meetings.md).
     */
    @PostMapping("/api/meetings/{id}/omedelbar-justering/{justeringId}/aterkallelse")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI','SEKRETERARE')")
    OmedelbarJustering withdrawOmedelbar(@PathVariable UUID id, @PathVariable UUID justeringId,
            @RequestBody(required = false) Aterkallelse body, Principal user) {
        return justering.withdrawOmedelbar(id, justeringId, reason(body), user.getName());
    }

    private static String reason(Aterkallelse body) {
        String reason = body == null ? null : body.orsak();
        if (reason != null && reason.strip().length() > 500) {
            throw ProblemException.invalid("/orsak", "Orsaken får vara högst 500 tecken (nu " + reason.strip().length()
                    + ").");
        }
        return reason;
    }
}
