package se.finsam.handlingar.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.signing.DocumentSigned;
import se.finsam.handlingar.signing.SigningService;
import se.finsam.handlingar.system.ProblemException;

/**
 * Digital justering: a protokoll sent for justering (status JUSTERAS) counts as justerat once every justerare and the
 * ordförande have signed it. The sekreterare's signature may follow; it is not part of the justering (KL 8 kap. 12 §).
 */
@Component
public class SignedJustering {

    private static final Logger log = LoggerFactory.getLogger(SignedJustering.class);

    private final MeetingRepository repository;
    private final MeetingService meetings;
    private final DocumentService documents;
    private final SigningService signing;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final OmedelbarJusteringRepository omedelbara;

    SignedJustering(MeetingRepository repository, MeetingService meetings, DocumentService documents,
            SigningService signing, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
            OmedelbarJusteringRepository omedelbara) {
        this.omedelbara = omedelbara;
        this.repository = repository;
        this.meetings = meetings;
        this.documents = documents;
        this.signing = signing;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The fields a justering needs signed: every justerare and the ordförande. */
    static boolean justeringSigned(List<String> missing) {
        return missing.stream().noneMatch(SignedJustering::justeringField);
    }

    static boolean justeringField(String field) {
        return field.startsWith("signatur-justerare-") || field.equals("signatur-ordforande");
    }

    /**
     * The justering and anslag dates once the signatures are complete on {@code signedOn}. Signed on or before the
     * agreed day: the dates printed in the Bevis block stand. Signed later: the justering happened that day and the
     * anslag goes up no earlier (still within two days, KL 8 kap. 12 §); the Bevis then shows the agreed dates and the
     * meeting, the anslagstavla and the audit trail the real ones.
     */
    record Dates(LocalDate justeringsdatum, LocalDate uppsatt, LocalDate nedtas) {

        static Dates completed(LocalDate agreed, LocalDate agreedUppsatt, LocalDate signedOn) {
            if (!signedOn.isAfter(agreed)) {
                return new Dates(agreed, agreedUppsatt, agreedUppsatt.plusDays(ProtokollService.ANSLAG_DAYS));
            }
            LocalDate uppsatt = agreedUppsatt.isBefore(signedOn) ? signedOn : agreedUppsatt;
            return new Dates(signedOn, uppsatt, uppsatt.plusDays(ProtokollService.ANSLAG_DAYS));
        }
    }

    @EventListener
    void on(DocumentSigned signed) {
        if (!justeringSigned(signed.missing())) {
            return;
        }
        if ("protokollsutdrag".equals(signed.template())) {
            omedelbara.waitingWithUtdrag(signed.firstRevision()).ifPresent(s -> completeOmedelbar(s, signed.document()));
            return;
        }
        if (!"protokoll".equals(signed.template())) {
            return;
        }
        repository.meetingOfProtokoll(signed.firstRevision()).ifPresent(meetingId -> {
            try {
                complete(meetingId, signed.document());
            } catch (RuntimeException e) {
                // the signature is archived; GET /api/meetings/{id}/underskrifter completes the justering later
                log.warn("Digital justering of meeting {} not completed after signature {}: {}", meetingId,
                        signed.document(), e.toString());
            }
        });
    }

    /**
     * Completes the meeting's digital justering when its newest protokoll revision carries the required signatures;
     * does nothing otherwise (also when it is not waiting). Safe to repeat.
     */
    public Meeting completeIfSigned(UUID meetingId) {
        Meeting meeting = meetings.find(meetingId);
        if (meeting.status() != MeetingStatus.JUSTERAS || meeting.protokollDokument() == null) {
            return meeting;
        }
        ArchivedDocument latest = documents.latestRevision(meeting.protokollDokument());
        if (justeringSigned(signing.missing(latest.id()))) {
            complete(meeting.id(), latest.id());
            return meetings.find(meetingId);
        }
        return meeting;
    }

    /**
     * Withdraws a digital justering still waiting for signatures (e.g. its agreed day has passed): the archived
     * protokoll and its public version, with any signatures already made, stay in the archive under
     * {@code meeting/<id>/aterkallad} and can no longer be signed; the meeting is NUMRERAT again with the same §§, so
     * the draft can be corrected and the justering sent again with new Bevis dates. 409 when nothing is waiting.
     */
    public Meeting withdraw(UUID meetingId, String reason, String user) {
        transactions.executeWithoutResult(tx -> {
            Meeting current = repository.lock(meetingId).orElseThrow(() -> ProblemException.notFound(
                    "Sammanträdet " + meetingId + " finns inte."));
            if (current.status() != MeetingStatus.JUSTERAS || current.protokollDokument() == null) {
                throw ProblemException.conflict("Bara en digital justering som väntar på underskrifter kan återkallas;"
                        + " sammanträdet är " + current.status() + ".");
            }
            Withdrawn withdrawn = withdrawRecords(current.protokollDokument(),
                    current.anslag() == null ? null : current.anslag().publikDokument());
            if (!repository.withdrawJustering(meetingId, clock.instant())) {
                throw ProblemException.conflict("Justeringen blev klar under tiden; den kan inte återkallas.");
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("protokoll", current.protokollDokument().toString());
            details.put("senasteVersion", withdrawn.latest().id().toString());
            details.put("sha256", withdrawn.latest().sha256());
            if (withdrawn.ownPublic() != null) {
                details.put("offentligVersion", withdrawn.ownPublic().toString());
            }
            details.put("avtalatJusteringsdatum", current.justeringsdatum().toString());
            details.put("saknadeUnderskrifter", missingForJustering(withdrawn.missing()));
            details.put("versioner", withdrawn.versions());
            if (reason != null && !reason.isBlank()) {
                details.put("orsak", reason.strip());
            }
            events.publishEvent(AuditEvent.of("meeting.justering.aterkallad", "meeting", meetingId, details));
        });
        return meetings.find(meetingId);
    }

    /**
     * Withdraws a digital omedelbar justering still waiting for signatures: its protokollsutdrag and public version,
     * with any signatures already made, stay archived under {@code meeting/<id>/aterkallad} and can no longer be
     * signed; no anslag goes up for it and its §§ are free again (to be justerade omedelbart again or with the whole
     * protokoll). 404 for an unknown justering, 409 when it does not wait (paper, complete, withdrawn).
     */
    public OmedelbarJustering withdrawOmedelbar(UUID meetingId, UUID justeringId, String reason, String user) {
        transactions.executeWithoutResult(tx -> {
            repository.lock(meetingId).orElseThrow(() -> ProblemException.notFound(
                    "Sammanträdet " + meetingId + " finns inte."));
            OmedelbarJustering j = omedelbara.find(meetingId, justeringId).orElseThrow(() -> ProblemException.notFound(
                    "Sammanträdet har ingen omedelbar justering " + justeringId + ".")).justering();
            if (j.aterkallad() != null) {
                throw ProblemException.conflict("Den omedelbara justeringen av " + j.anslag().paragrafText()
                        + " återkallades redan " + j.aterkallad().tidpunkt() + ".");
            }
            if (!j.vantarUnderskrifter()) {
                throw ProblemException.conflict("Bara en digital omedelbar justering som väntar på underskrifter kan"
                        + " återkallas; " + j.anslag().paragrafText() + (j.underskrifterKlara() != null
                                ? " justerades när underskrifterna blev klara " + j.underskrifterKlara()
                                : " justerades omedelbart " + j.justeringsdatum()) + ".");
            }
            Withdrawn withdrawn = withdrawRecords(j.utdragDokument(), j.anslag().publikDokument());
            String orsak = reason == null || reason.isBlank() ? null : reason.strip();
            if (!omedelbara.withdraw(justeringId, clock.instant(), user, orsak)) {
                throw ProblemException.conflict("Den omedelbara justeringen blev klar under tiden; den kan inte"
                        + " återkallas.");
            }
            repository.touch(meetingId, clock.instant());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("omedelbarJustering", justeringId.toString());
            details.put("paragrafer", j.paragrafer());
            details.put("protokollsutdrag", j.utdragDokument().toString());
            details.put("senasteVersion", withdrawn.latest().id().toString());
            details.put("sha256", withdrawn.latest().sha256());
            if (withdrawn.ownPublic() != null) {
                details.put("offentligVersion", withdrawn.ownPublic().toString());
            }
            details.put("saknadeUnderskrifter", missingForJustering(withdrawn.missing()));
            details.put("versioner", withdrawn.versions());
            if (orsak != null) {
                details.put("orsak", orsak);
            }
            events.publishEvent(AuditEvent.of("meeting.omedelbar-justering.aterkallad", "meeting", meetingId,
                    details));
        });
        return omedelbara.find(meetingId, justeringId).orElseThrow().justering();
    }

    /**
     * Completes a digital omedelbar justering once its protokollsutdrag carries the justerare's and the ordförande's
     * signatures: its anslag goes up with the dates {@link Dates#completed} gives for the meeting day.
     */
    private void completeOmedelbar(OmedelbarJusteringRepository.Stored stored, UUID signedRevision) {
        OmedelbarJustering j = stored.justering();
        LocalDate signedOn = meetings.today();
        Dates dates = Dates.completed(j.justeringsdatum(), j.anslag().uppsatt(), signedOn);
        transactions.executeWithoutResult(tx -> {
            if (!omedelbara.completeSigned(j.id(), dates.justeringsdatum(), dates.uppsatt(), dates.nedtas(),
                    signedOn)) {
                return;
            }
            ArchivedDocument revision = documents.find(signedRevision);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("omedelbarJustering", j.id().toString());
            details.put("paragrafer", j.paragrafer());
            details.put("protokollsutdrag", j.utdragDokument().toString());
            details.put("signeratUtdrag", revision.id().toString());
            details.put("sha256", revision.sha256());
            details.put("justeringsdatum", dates.justeringsdatum().toString());
            details.put("underskrifterKlara", signedOn.toString());
            details.put("justeradAv", j.justeradAv());
            details.put("anslagUppsatt", dates.uppsatt().toString());
            details.put("anslagNedtas", dates.nedtas().toString());
            events.publishEvent(AuditEvent.of("meeting.omedelbart-justerat", "meeting", j.meetingId(), details));
        });
    }

    /**
     * What a withdrawal moved: the record's newest revision, the signatures it lacked, its revision count, and its
     * public version when that is a document of its own (else null).
     */
    private record Withdrawn(ArchivedDocument latest, List<String> missing, int versions, UUID ownPublic) {
    }

    /**
     * Moves a record that waits for signatures to its withdrawn subject, with its public version when that is a
     * document of its own; the signatures still missing are read before the move.
     */
    private Withdrawn withdrawRecords(UUID record, UUID publik) {
        ArchivedDocument latest = documents.latestRevision(record);
        List<String> missing = signing.missing(latest.id());
        int versions = documents.withdrawRecord(record).size();
        UUID ownPublic = publik != null && !publik.equals(record) ? publik : null;
        if (ownPublic != null) {
            documents.withdrawRecord(ownPublic);
        }
        return new Withdrawn(latest, missing, versions, ownPublic);
    }

    /** Required fields for the justering itself (justerare, ordförande) among the missing ones, in signing order. */
    public static List<String> missingForJustering(List<String> missing) {
        return missing.stream().filter(SignedJustering::justeringField).toList();
    }

    private void complete(UUID meetingId, UUID signedRevision) {
        transactions.executeWithoutResult(tx -> {
            Meeting current = repository.lock(meetingId).orElse(null);
            if (current == null || current.status() != MeetingStatus.JUSTERAS) {
                return;
            }
            LocalDate signedOn = meetings.today();
            Dates dates = Dates.completed(current.justeringsdatum(), current.anslag().uppsatt(), signedOn);
            if (!repository.completeSignedJustering(meetingId, dates.justeringsdatum(), dates.uppsatt(), dates.nedtas(),
                    signedOn, clock.instant())) {
                return;
            }
            ArchivedDocument revision = documents.find(signedRevision);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("protokoll", current.protokollDokument().toString());
            details.put("signeratProtokoll", revision.id().toString());
            details.put("sha256", revision.sha256());
            details.put("justeringsdatum", dates.justeringsdatum().toString());
            details.put("underskrifterKlara", signedOn.toString());
            details.put("justeradAv", current.justeradAv());
            details.put("anslagUppsatt", dates.uppsatt().toString());
            details.put("anslagNedtas", dates.nedtas().toString());
            if (!dates.justeringsdatum().equals(current.justeringsdatum())) {
                details.put("avvikelse", "Underskrifterna blev klara " + signedOn + ", efter det avtalade"
                        + " justeringsdatumet " + current.justeringsdatum() + " i protokollets bevis.");
            }
            events.publishEvent(AuditEvent.of("meeting.justerat", "meeting", meetingId, details));
        });
    }
}
