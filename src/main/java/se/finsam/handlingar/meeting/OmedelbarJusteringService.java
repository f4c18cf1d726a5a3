package se.finsam.handlingar.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.RecordLink;
import se.finsam.handlingar.document.StagedDocument;
import se.finsam.handlingar.organisation.Forbund;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Omedelbar justering (KL 8 kap. 12 §): chosen §§ of a numbered protokoll justerade at the meeting. Archives a
 * protokollsutdrag with its own Bevis block (and its public version when something is withheld), puts up its own
 * anslag, and freezes those §§: the draft can no longer change them and the complete protokoll keeps them as justerade.
 */
@Service
public class OmedelbarJusteringService {

    private final MeetingService meetings;
    private final MeetingRepository repository;
    private final OmedelbarJusteringRepository store;
    private final ProtokollData templates;
    private final OrganisationDirectory organisation;
    private final DocumentService documents;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OmedelbarJusteringService(MeetingService meetings, MeetingRepository repository, OmedelbarJusteringRepository store,
            ProtokollData templates, OrganisationDirectory organisation, DocumentService documents,
            TransactionTemplate transactions, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.repository = repository;
        this.store = store;
        this.templates = templates;
        this.organisation = organisation;
        this.documents = documents;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** The justering, the meeting after it, the archived utdrag and the warnings found. */
    public record Result(OmedelbarJustering justering, Meeting meeting, ArchivedDocument utdrag,
            List<Finding> findings) {
    }

    /** The meeting's omedelbara justeringar, oldest first, withdrawn ones too ({@code aterkallad} set). */
    public List<OmedelbarJustering> list(UUID meetingId) {
        meetings.find(meetingId);
        return store.allForMeeting(meetingId).stream().map(OmedelbarJusteringRepository.Stored::justering).toList();
    }

    /**
     * Justerar {@code input.paragrafer()} at the meeting. The protokoll must be numbered (the numbers are part of what
     * is justerat) and not yet justerat as a whole; the date is the meeting's (the default).
     */
    public Result justera(UUID id, ProtokollService.Justering input, String user) {
        Meeting meeting = meetings.find(id);
        MeetingService.refuseFrozen(meeting);
        if (meeting.protokoll() == null) {
            throw ProblemException.conflict("Protokollet är inte skrivet än.");
        }
        if (meeting.status() != MeetingStatus.NUMRERAT) {
            throw ProblemException.conflict("Numrera protokollet (POST /api/meetings/" + id + "/protokoll/numrering)"
                    + " innan paragrafer justeras omedelbart: paragrafens nummer är en del av det som justeras.");
        }
        List<OmedelbarJusteringRepository.Stored> earlier = store.forMeeting(id);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate datum = input.datum() != null ? input.datum() : meeting.datum();
        if (!datum.equals(meeting.datum())) {
            problems.add(new FieldProblem("/datum", "Omedelbar justering sker vid sammanträdet " + meeting.datum()
                    + "; justera annars paragrafen med hela protokollet (utan \"paragrafer\")."));
        } else if (datum.isAfter(meetings.today())) {
            problems.add(new FieldProblem("/datum", "Sammanträdet " + meeting.datum() + " har inte hållits än."));
        }
        List<Integer> chosen = chosen(meeting, input.paragrafer(), earlier, problems);
        List<String> by = input.justeradAv() == null || input.justeradAv().isEmpty()
                ? justerare(meeting.protokoll()) : input.justeradAv();
        if (by.isEmpty() || by.stream().anyMatch(s -> s == null || s.isBlank())) {
            problems.add(new FieldProblem("/justeradAv", "Ange vem eller vilka som justerat."));
        } else {
            ProtokollService.justeradAvProblems(by, input.justeradAv() != null && !input.justeradAv().isEmpty(),
                    problems);
        }
        LocalDate uppsatt = input.anslagUppsatt() != null ? input.anslagUppsatt() : datum.plusDays(1);
        if (uppsatt.isBefore(datum) || uppsatt.isAfter(datum.plusDays(ProtokollService.ANSLAG_LATEST_DAYS))) {
            problems.add(new FieldProblem("/anslagUppsatt", "Anslaget ska sättas upp senast andra dagen efter"
                    + " justeringen (KL 8 kap. 12 §), dvs. mellan " + datum + " och "
                    + datum.plusDays(ProtokollService.ANSLAG_LATEST_DAYS) + "."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Den omedelbara justeringen kan inte registreras.", problems);
        }

        Forbund forbund = organisation.requireForbund();
        ProtokollData.Bevis bevis = new ProtokollData.Bevis(datum, uppsatt,
                uppsatt.plusDays(ProtokollService.ANSLAG_DAYS), forbund.protokollForvaras(),
                forbund.anslagPubliceras(), meeting.protokoll().path("sekreterare").asString(null));
        ObjectNode full = templates.protokoll(meeting, meeting.protokoll(), meeting.forstaParagraf(), null);
        ObjectNode data = templates.omedelbartUtdrag(full, chosen, bevis);
        ArrayNode innehall = json.createArrayNode();
        for (int n : chosen) {
            int index = n - meeting.forstaParagraf();
            innehall.addObject().put("index", index).put("nummer", n)
                    .set("paragraf", meeting.protokoll().path("paragrafer").get(index).deepCopy());
        }

        // rendered outside any transaction; the commit checks that the meeting did not change meanwhile
        StagedDocument utdrag = documents.stage(new DocumentRequest("protokollsutdrag", null, "pdf", data), user,
                RecordLink.of(Meeting.subject(id)));
        StagedDocument publik = null;
        try {
            if (PublicVersion.hasMarkings(data)) {
                publik = documents.stage(new DocumentRequest("protokollsutdrag", null, "pdf", PublicVersion.of(data)),
                        user, RecordLink.of(Meeting.subject(id) + "/publik"));
            }
        } catch (RuntimeException e) {
            documents.discard(utdrag);
            throw e;
        }
        StagedDocument publicStaged = publik;
        UUID justeringId = UUID.randomUUID();
        try {
            transactions.executeWithoutResult(tx -> commit(meeting, justeringId, chosen, datum, by, bevis, innehall,
                    utdrag, publicStaged, user, input.isDigital()));
        } catch (RuntimeException e) {
            documents.discard(utdrag);
            if (publicStaged != null) {
                documents.discard(publicStaged);
            }
            throw e;
        }
        OmedelbarJustering done = store.forMeeting(id).stream().map(OmedelbarJusteringRepository.Stored::justering)
                .filter(j -> j.id().equals(justeringId)).findFirst().orElseThrow();
        return new Result(done, meetings.find(id), utdrag.document(), utdrag.findings());
    }

    private void commit(Meeting read, UUID justeringId, List<Integer> chosen, LocalDate datum, List<String> by,
            ProtokollData.Bevis bevis, ArrayNode innehall, StagedDocument utdrag, StagedDocument publik, String user,
            boolean digital) {
        Meeting current = repository.lock(read.id()).orElseThrow(() -> ProblemException.notFound(
                "Sammanträdet " + read.id() + " finns inte."));
        if (current.status() == MeetingStatus.JUSTERAT) {
            throw MeetingService.frozen();
        }
        if (current.revision() != read.revision()) {
            throw ProblemException.conflict("Sammanträdet ändrades " + current.updatedAt() + " medan justeringen"
                    + " förbereddes; ingenting arkiverades. Granska protokollet och justera igen.");
        }
        ArchivedDocument archived = documents.commit(utdrag);
        ArchivedDocument publicVersion = publik == null ? archived : documents.commit(publik);
        Instant now = clock.instant();
        Anslag anslag = new Anslag(read.id(), read.organ(), templates.organ(read.organ()).namn(), read.datum(), datum,
                bevis.uppsatt(), bevis.nedtas(), bevis.forvaringsplats(), archived.id(), publicVersion.id(),
                justeringId, chosen);
        store.insert(new OmedelbarJustering(justeringId, read.id(), chosen, datum, by, archived.id(), anslag, now,
                user, digital, null, null), innehall);
        if (!repository.touch(read.id(), now)) {
            throw MeetingService.frozen();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("omedelbarJustering", justeringId.toString());
        details.put("paragrafer", chosen);
        details.put("protokollsutdrag", archived.id().toString());
        details.put("sha256", archived.sha256());
        if (publicVersion != archived) {
            details.put("offentligVersion", publicVersion.id().toString());
            details.put("offentligVersionSha256", publicVersion.sha256());
        }
        details.put("justeringsdatum", datum.toString());
        details.put("justeradAv", by);
        details.put("anslagUppsatt", bevis.uppsatt().toString());
        details.put("anslagNedtas", bevis.nedtas().toString());
        events.publishEvent(AuditEvent.of(digital ? "meeting.omedelbar-justering.skickad"
                : "meeting.omedelbart-justerat", "meeting", read.id(), details));
    }

    private static List<Integer> chosen(Meeting meeting, List<Integer> paragrafer,
            List<OmedelbarJusteringRepository.Stored> earlier, List<FieldProblem> problems) {
        if (paragrafer == null || paragrafer.isEmpty()) {
            problems.add(new FieldProblem("/paragrafer", "Ange vilka paragrafer som justeras omedelbart."));
            return List.of();
        }
        Map<Integer, LocalDate> done = new LinkedHashMap<>();
        for (OmedelbarJusteringRepository.Stored s : earlier) {
            s.justering().paragrafer().forEach(n -> done.put(n, s.justering().justeringsdatum()));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < paragrafer.size(); i++) {
            Integer n = paragrafer.get(i);
            String at = "/paragrafer/" + i;
            if (n == null || n < meeting.forstaParagraf() || n > meeting.sistaParagraf()) {
                problems.add(new FieldProblem(at, "§ " + n + " finns inte i protokollet (§ " + meeting.forstaParagraf()
                        + "–" + meeting.sistaParagraf() + ")."));
            } else if (!seen.add(n)) {
                problems.add(new FieldProblem(at, "§ " + n + " anges två gånger."));
            } else if (done.containsKey(n)) {
                problems.add(new FieldProblem(at, "§ " + n + " justerades omedelbart redan " + done.get(n) + "."));
            }
        }
        return seen.stream().sorted().toList();
    }

    /**
     * Refuses a draft that changes a § justerad omedelbart (409 naming each) or sets what only Handlingar sets
     * ({@code omedelbartJusterad}, {@code utelamnad}: 422).
     */
    static void refuseChanges(List<OmedelbarJusteringRepository.Stored> stored, JsonNode draft) {
        List<FieldProblem> reserved = new ArrayList<>();
        JsonNode paragrafer = draft.path("paragrafer");
        for (int i = 0; i < paragrafer.size(); i++) {
            for (String field : List.of("omedelbartJusterad", "utelamnad")) {
                if (paragrafer.get(i).has(field)) {
                    reserved.add(new FieldProblem("/paragrafer/" + i + "/" + field, "\"" + field + "\" sätts av"
                            + " Handlingar (omedelbar justering, offentlig version); ange det inte i utkastet."));
                }
            }
        }
        if (!reserved.isEmpty()) {
            throw ProblemException.invalid("Protokollet innehåller fel.", reserved);
        }
        List<FieldProblem> changed = new ArrayList<>();
        for (OmedelbarJusteringRepository.Stored s : stored) {
            for (JsonNode entry : s.innehall()) {
                int index = entry.path("index").asInt();
                if (!entry.path("paragraf").equals(paragrafer.path(index))) {
                    changed.add(new FieldProblem("/paragrafer/" + index, "§ " + entry.path("nummer").asInt()
                            + " justerades omedelbart " + s.justering().justeringsdatum() + " och kan inte ändras."));
                }
            }
        }
        if (!changed.isEmpty()) {
            throw new ProblemException(HttpStatus.CONFLICT, "Justerad paragraf", "Paragrafer som justerats"
                    + " omedelbart ändras inte; en rättelse är ett nytt beslut vid ett senare sammanträde.", changed);
        }
    }

    private static List<String> justerare(JsonNode protokoll) {
        List<String> names = new ArrayList<>();
        protokoll.path("justerare").forEach(n -> names.add(n.asString()));
        return names;
    }
}
