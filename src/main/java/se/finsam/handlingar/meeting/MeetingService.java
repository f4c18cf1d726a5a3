package se.finsam.handlingar.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.document.RecordLink;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import se.finsam.handlingar.render.RenderedDocument;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meetings, their agenda and kallelse, and the protokoll draft. Numbering, justering and utdrag are in
 * {@link ProtokollService}.
 */
@Service
public class MeetingService {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final MeetingRepository meetings;
    private final OrganisationDirectory organisation;
    private final ProtokollData templates;
    private final DocumentService documents;
    private final JsonMapper json;
    private final Clock clock;
    private final OmedelbarJusteringRepository omedelbara;

    MeetingService(MeetingRepository meetings, OrganisationDirectory organisation, ProtokollData templates,
            DocumentService documents, JsonMapper json, Clock clock, OmedelbarJusteringRepository omedelbara) {
        this.omedelbara = omedelbara;
        this.meetings = meetings;
        this.organisation = organisation;
        this.templates = templates;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Creates a meeting from {@code {organ, datum, tid, plats | distansmote, punkter, avslutning?}}; the agenda items
     * have the kallelse template's format. 422 with pointers into the body when something is wrong.
     */
    public Meeting create(JsonNode body, String user) {
        Validated v = validate(body);
        UUID id = UUID.randomUUID();
        meetings.insert(id, v.organ(), v.datum(), json.writeValueAsString(v.agenda()), clock.instant(), user);
        return find(id);
    }

    /** Replaces organ-independent details and agenda; 409 once justerat. The organ never changes. */
    public Meeting update(UUID id, JsonNode body) {
        Meeting meeting = find(id);
        refuseFrozen(meeting);
        Validated v = validate(body);
        if (!v.organ().equals(meeting.organ())) {
            throw ProblemException.invalid("/organ", "Organet kan inte ändras; skapa ett nytt sammanträde.");
        }
        if (meeting.status() == MeetingStatus.NUMRERAT && !v.datum().equals(meeting.datum())) {
            throw ProblemException.invalid("/datum", "Paragraferna är numrerade § " + meeting.forstaParagraf() + "–"
                    + meeting.sistaParagraf() + " i ordning efter datum; sammanträdesdatumet kan inte ändras.");
        }
        if (!meetings.updateAgenda(id, v.datum(), json.writeValueAsString(v.agenda()), clock.instant())) {
            throw frozen();
        }
        return find(id);
    }

    public Meeting find(UUID id) {
        return meetings.find(id).orElseThrow(() -> ProblemException.notFound("Sammanträdet " + id + " finns inte."));
    }

    /** Meetings, newest first; organ and year may be null. */
    public List<Meeting> list(String organ, Integer year) {
        return meetings.list(organ, year);
    }

    /** Archives the kallelse of a stored meeting (template {@code kallelse}). */
    public DocumentService.Outcome<ArchivedDocument> kallelse(UUID id, LocalDate utfardad, String format, String user) {
        return documents.createRecord(kallelseRequest(id, utfardad, format), user, RecordLink.of(Meeting.subject(id)));
    }

    public DocumentService.Outcome<RenderedDocument> previewKallelse(UUID id, LocalDate utfardad, String format) {
        return documents.preview(kallelseRequest(id, utfardad, format));
    }

    /** The saved protokoll draft, or a suggestion from the register and the agenda when none is saved yet. */
    public JsonNode protokollDraft(UUID id) {
        Meeting meeting = find(id);
        return meeting.protokoll() != null ? meeting.protokoll() : templates.suggestedDraft(meeting);
    }

    /**
     * Saves the protokoll draft {@code {beslutande, ovrigaDeltagare, sekreterare, ordforande, justerare, paragrafer}}.
     * Once numbered the number of § is fixed; once justerat nothing changes (409).
     */
    public Meeting saveProtokoll(UUID id, JsonNode draft) {
        Meeting meeting = find(id);
        refuseFrozen(meeting);
        if (draft == null || !draft.isObject()) {
            throw ProblemException.invalid("", "Ange protokollet som ett JSON-objekt.");
        }
        for (String field : draft.propertyNames()) {
            if (!ProtokollData.DRAFT_FIELDS.contains(field)) {
                throw ProblemException.invalid("/" + field, "Okänt fält \"" + field + "\". Tillåtna: "
                        + String.join(", ", ProtokollData.DRAFT_FIELDS.stream().sorted().toList()) + ".");
            }
        }
        JsonNode paragrafer = draft.path("paragrafer");
        if (!paragrafer.isMissingNode() && !paragrafer.isArray()) {
            throw ProblemException.invalid("/paragrafer", "Ange paragraferna som en lista.");
        }
        for (int i = 0; i < paragrafer.size(); i++) {
            if (!paragrafer.get(i).isObject()) {
                throw ProblemException.invalid("/paragrafer/" + i, "Ange paragrafen som ett objekt med rubrik och text.");
            }
        }
        int count = paragrafer.size();
        if (meeting.status() == MeetingStatus.NUMRERAT && count != meeting.sistaParagraf() - meeting.forstaParagraf() + 1) {
            throw ProblemException.invalid("/paragrafer", "Protokollet är numrerat § " + meeting.forstaParagraf() + "–"
                    + meeting.sistaParagraf() + "; antalet paragrafer kan inte ändras.");
        }
        OmedelbarJusteringService.refuseChanges(omedelbara.forMeeting(id), draft);
        int first = meeting.forstaParagraf() != null ? meeting.forstaParagraf() : 1;
        ObjectNode data = templates.protokoll(meeting, draft, first, null);
        List<Finding> errors = documents.check(new DocumentRequest("protokoll", null, "pdf", data)).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Protokollet innehåller fel.", errors.stream()
                    .map(f -> new FieldProblem(f.pointer().replaceFirst("^/data", ""), f.message())).toList());
        }
        if (!meetings.updateProtokoll(id, json.writeValueAsString(draft), clock.instant())) {
            throw frozen();
        }
        return find(id);
    }

    static void refuseFrozen(Meeting meeting) {
        if (meeting.status() == MeetingStatus.JUSTERAT) {
            throw frozen();
        }
        if (meeting.status() == MeetingStatus.JUSTERAS) {
            throw ProblemException.conflict("Protokollet är skickat för digital justering och väntar på underskrifter"
                    + " (GET /api/meetings/" + meeting.id() + "/underskrifter); det kan inte ändras.");
        }
    }

    static ProblemException frozen() {
        return ProblemException.conflict("Protokollet är justerat och kan inte ändras.");
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SWEDEN));
    }

    private DocumentRequest kallelseRequest(UUID id, LocalDate utfardad, String format) {
        Meeting meeting = find(id);
        LocalDate date = utfardad != null ? utfardad : today();
        return new DocumentRequest("kallelse", null, format,
                templates.kallelse(meeting.organ(), meeting.datum(), meeting.agenda(), date));
    }

    private record Validated(String organ, LocalDate datum, ObjectNode agenda) {
    }

    private Validated validate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "Ange sammanträdet som ett JSON-objekt.");
        }
        String organ = body.path("organ").asString(null);
        if (organ == null || organisation.organ(organ).isEmpty()) {
            throw ProblemException.invalid("/organ", "Okänt organ \"" + organ + "\". Kända: " + String.join(", ",
                    organisation.organs().stream().map(o -> o.kod()).toList()) + ".");
        }
        LocalDate datum;
        try {
            datum = LocalDate.parse(body.path("datum").asString(""));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("/datum", "Ange sammanträdesdatum som ÅÅÅÅ-MM-DD.");
        }
        ObjectNode agenda = json.createObjectNode();
        body.properties().forEach(e -> {
            if (!e.getKey().equals("organ") && !e.getKey().equals("datum")) {
                agenda.set(e.getKey(), e.getValue());
            }
        });
        for (String reserved : List.of("forbund", "utfardad", "organGenitiv")) {
            if (agenda.has(reserved)) {
                throw ProblemException.invalid("/" + reserved, "Fältet \"" + reserved
                        + "\" hämtas från organisationsregistret och kallelsen; ange det inte här.");
            }
        }
        ObjectNode kallelse = templates.kallelse(organ, datum, agenda, today());
        List<Finding> errors = documents.check(new DocumentRequest("kallelse", null, "pdf", kallelse)).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Sammanträdet innehåller fel.", errors.stream()
                    .map(f -> new FieldProblem(f.pointer().replaceFirst("^/data", ""), f.message())).toList());
        }
        return new Validated(organ, datum, agenda);
    }
}
