package se.finsam.handlingar.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.document.RecordLink;
import se.finsam.handlingar.document.StagedDocument;
import se.finsam.handlingar.organisation.Forbund;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import se.finsam.handlingar.render.RenderedDocument;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * § numbering, justering with anslag, and protokollsutdrag.
 */
@Service
public class ProtokollService {

    /** Anslag go up at the latest this many days after justering (KL 8 kap. 12 §). */
    public static final int ANSLAG_LATEST_DAYS = 2;
    private static final int NAME_MAX = 200;
    private static final int JUSTERAD_AV_MAX = 500;
    /** Anslag stay up this many days. */
    public static final int ANSLAG_DAYS = 21;

    private final MeetingService meetings;
    private final MeetingRepository repository;
    private final ProtokollData templates;
    private final OrganisationDirectory organisation;
    private final DocumentService documents;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final OmedelbarJusteringRepository omedelbara;

    ProtokollService(MeetingService meetings, MeetingRepository repository, ProtokollData templates,
            OrganisationDirectory organisation, DocumentService documents, TransactionTemplate transactions,
            JsonMapper json, Clock clock, ApplicationEventPublisher events, OmedelbarJusteringRepository omedelbara) {
        this.omedelbara = omedelbara;
        this.events = events;
        this.meetings = meetings;
        this.repository = repository;
        this.templates = templates;
        this.organisation = organisation;
        this.documents = documents;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param anslagUppsatt null gives the day after justering
     * @param digital true sends the protokoll for digital justering: it is archived now and counts as justerat once
     *                the justerare and the ordförande have signed it ({@code datum} is then the day agreed for the
     *                justering, today or later); null or false registers a justering that has happened
     * @param paragrafer the §§ to justera omedelbart ({@link OmedelbarJusteringService}); null for the whole protokoll
     */
    public record Justering(LocalDate datum, List<String> justeradAv, LocalDate anslagUppsatt, Boolean digital,
            List<Integer> paragrafer) {

        public Justering(LocalDate datum, List<String> justeradAv, LocalDate anslagUppsatt, Boolean digital) {
            this(datum, justeradAv, anslagUppsatt, digital, null);
        }

        boolean isDigital() {
            return Boolean.TRUE.equals(digital);
        }
    }

    /** The justerat meeting, its archived protokoll and the warnings found (e.g. a late justering). */
    public record Justerat(Meeting meeting, ArchivedDocument protokoll,
            List<se.finsam.handlingar.document.Finding> findings) {
    }

    /** @param intygas who certifies the extract ("Rätt utdraget intygar"); null gives the sekreterare */
    public record Utdrag(List<Integer> paragrafer, String intygas, LocalDate datum) {
    }

    /**
     * Takes the next § numbers of the organ's series for the meeting's calendar year. {@code forstaParagraf} may only
     * start a series that has no numbers yet (a register taken into use mid-year); otherwise it must be the next
     * number or null. Numbers are never reused or skipped.
     */
    public Meeting number(UUID id, Integer forstaParagraf) {
        Meeting meeting = meetings.find(id);
        if (meeting.status() != MeetingStatus.PLANERAT) {
            throw ProblemException.conflict("Protokollet är redan numrerat § " + meeting.forstaParagraf() + "–"
                    + meeting.sistaParagraf() + ".");
        }
        if (meeting.protokoll() == null || meeting.protokoll().path("paragrafer").isEmpty()) {
            throw ProblemException.conflict("Spara protokollet med dess paragrafer innan det numreras.");
        }
        if (forstaParagraf != null && forstaParagraf < 1) {
            throw ProblemException.invalid("/forstaParagraf", "Första paragrafen är 1 eller mer.");
        }
        int count = meeting.protokoll().path("paragrafer").size();
        transactions.executeWithoutResult(tx -> takeNumbers(meeting, forstaParagraf, count));
        return meetings.find(id);
    }

    /** The protokoll as it stands: numbered (or with the numbers it would get) and with Bevis once justerat. */
    public DocumentService.Outcome<RenderedDocument> preview(UUID id, String format) {
        Meeting meeting = meetings.find(id);
        if (meeting.protokoll() == null) {
            throw ProblemException.conflict("Protokollet är inte skrivet än.");
        }
        return documents.preview(new DocumentRequest("protokoll", null, format, protokollData(meeting, null)));
    }

    /**
     * Records the justering: numbers the protokoll if needed, archives the final PDF with the Bevis block and the
     * signature fields, and puts the anslag up. Afterwards the protokoll never changes (409).
     */
    public Justerat justera(UUID id, Justering input, String user) {
        Meeting meeting = meetings.find(id);
        MeetingService.refuseFrozen(meeting);
        if (meeting.protokoll() == null) {
            throw ProblemException.conflict("Protokollet är inte skrivet än.");
        }
        omedelbara.forMeeting(id).stream().filter(s -> s.justering().vantarUnderskrifter()).findFirst().ifPresent(s -> {
            throw ProblemException.conflict("Den omedelbara justeringen av § " + s.justering().paragrafer()
                    + " väntar på underskrifter (protokollsutdrag " + s.justering().utdragDokument() + "); protokollet"
                    + " justeras när den är klar.");
        });
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = meetings.today();
        if (input == null || input.datum() == null) {
            throw ProblemException.invalid("/datum", "Ange justeringsdatum.");
        }
        if (input.datum().isBefore(meeting.datum())) {
            problems.add(new FieldProblem("/datum", "Justeringen kan inte ske före sammanträdet " + meeting.datum() + "."));
        }
        if (input.isDigital() && input.datum().isBefore(today)) {
            problems.add(new FieldProblem("/datum", "Ange dagen då justerarna och ordföranden ska ha skrivit under,"
                    + " i dag (" + today + ") eller senare."));
        }
        if (!input.isDigital() && input.datum().isAfter(today)) {
            problems.add(new FieldProblem("/datum", "Justeringsdatum ligger i framtiden; registrera justeringen när den skett."));
        }
        List<String> by = input.justeradAv() == null || input.justeradAv().isEmpty()
                ? stringList(meeting.protokoll().path("justerare")) : input.justeradAv();
        if (by.isEmpty() || by.stream().anyMatch(s -> s == null || s.isBlank())) {
            problems.add(new FieldProblem("/justeradAv", "Ange vem eller vilka som justerat."));
        } else {
            justeradAvProblems(by, input.justeradAv() != null && !input.justeradAv().isEmpty(), problems);
        }
        LocalDate uppsatt = input.anslagUppsatt() != null ? input.anslagUppsatt() : input.datum().plusDays(1);
        if (uppsatt.isBefore(input.datum()) || uppsatt.isAfter(input.datum().plusDays(ANSLAG_LATEST_DAYS))) {
            problems.add(new FieldProblem("/anslagUppsatt", "Anslaget ska sättas upp senast andra dagen efter"
                    + " justeringen (KL 8 kap. 12 §), dvs. mellan " + input.datum() + " och "
                    + input.datum().plusDays(ANSLAG_LATEST_DAYS) + "."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Justeringen kan inte registreras.", problems);
        }
        if (meeting.status() == MeetingStatus.PLANERAT
                && repository.numberedAfter(meeting.organ(), meeting.datum()) > 0) {
            throw ProblemException.conflict("Ett senare sammanträde " + meeting.datum().getYear()
                    + " har redan numrerats; paragraferna skulle komma i fel ordning.");
        }
        Forbund forbund = organisation.requireForbund();
        ProtokollData.Bevis bevis = new ProtokollData.Bevis(input.datum(), uppsatt, uppsatt.plusDays(ANSLAG_DAYS),
                forbund.protokollForvaras(), forbund.anslagPubliceras(),
                meeting.protokoll().path("sekreterare").asString(null));
        // the numbers it will get when still unnumbered; checked again under the lock
        int first = meeting.forstaParagraf() != null ? meeting.forstaParagraf()
                : repository.peekSeries(meeting.organ(), meeting.datum().getYear()) + 1;
        ObjectNode data = templates.protokoll(meeting, meeting.protokoll(), first, bevis);
        // rendered outside any transaction and without locks: a slow render holds nothing
        StagedDocument staged = documents.stage(new DocumentRequest("protokoll", null, "pdf", data), user,
                RecordLink.soleOf(Meeting.subject(id)));
        // the public version from the same data, linked to the meeting as meeting/<id>/publik (PublicVersion decides
        // what is left out); the meeting's own subject keeps exactly one protokoll, the record. When nothing is
        // withheld the record itself is public (and its signed revision is what the anslag serves).
        StagedDocument publik = null;
        try {
            if (PublicVersion.hasMarkings(data)) {
                publik = documents.stage(new DocumentRequest("protokoll", null, "pdf", PublicVersion.of(data)), user,
                        RecordLink.of(Meeting.subject(id) + "/publik"));
            }
        } catch (RuntimeException e) {
            documents.discard(staged);
            throw e;
        }
        StagedDocument publicStaged = publik;
        try {
            transactions.executeWithoutResult(tx -> commitJustering(meeting, first, input.datum(), by, bevis, staged,
                    publicStaged, input.isDigital()));
        } catch (RuntimeException e) {
            documents.discard(staged);
            if (publicStaged != null) {
                documents.discard(publicStaged);
            }
            throw e;
        }
        return new Justerat(meetings.find(id), staged.document(), staged.findings());
    }

    /** The names are stored together in a column of {@value #JUSTERAD_AV_MAX} characters. */
    static void justeradAvProblems(List<String> by, boolean given, List<FieldProblem> problems) {
        String source = given ? "" : " (justerarna i protokollet)";
        int before = problems.size();
        for (int i = 0; i < by.size(); i++) {
            if (by.get(i).length() > NAME_MAX) {
                problems.add(new FieldProblem(given ? "/justeradAv/" + i : "/justeradAv", "Namnet är längre än "
                        + NAME_MAX + " tecken" + source + "."));
            }
        }
        if (problems.size() == before && String.join("\n", by).length() > JUSTERAD_AV_MAX) {
            problems.add(new FieldProblem("/justeradAv", "Namnen är tillsammans längre än " + JUSTERAD_AV_MAX
                    + " tecken" + source + "."));
        }
    }

    /**
     * One short transaction: the series (when numbers are still to be taken) and the meeting row are locked, the
     * meeting must still be at the revision that was rendered, then the numbers, the archive row and the justering are
     * written together. Any conflict leaves the meeting as it was and archives nothing.
     */
    private void commitJustering(Meeting read, int first, LocalDate datum, List<String> by, ProtokollData.Bevis bevis,
            StagedDocument staged, StagedDocument publik, boolean digital) {
        boolean unnumbered = read.status() == MeetingStatus.PLANERAT;
        int year = read.datum().getYear();
        // the series row before the meeting row, in the same order as numbering takes them
        int last = unnumbered ? repository.lockSeries(read.organ(), year) : 0;
        Meeting current = repository.lock(read.id()).orElseThrow(() -> ProblemException.notFound(
                "Sammanträdet " + read.id() + " finns inte."));
        MeetingService.refuseFrozen(current);
        if (current.revision() != read.revision()) {
            throw changedMeanwhile(read, current);
        }
        if (unnumbered) {
            int next = last + 1;
            if (next != first || repository.numberedAfter(read.organ(), read.datum()) > 0) {
                throw ProblemException.conflict("Paragrafnumren ändrades medan protokollet justerades (nästa § i serien"
                        + " är nu " + next + ", inte " + first + "); ingenting arkiverades. Försök igen.");
            }
            int count = read.protokoll().path("paragrafer").size();
            repository.saveSeries(read.organ(), year, first + count - 1);
            repository.number(read.id(), first, count, clock.instant());
            events.publishEvent(AuditEvent.of("meeting.numrerat", "meeting", read.id(),
                    Map.of("organ", read.organ(), "forstaParagraf", first, "sistaParagraf", first + count - 1)));
        }
        ArchivedDocument archived = documents.commit(staged);
        ArchivedDocument publicVersion = publik == null ? archived : documents.commit(publik);
        Anslag anslag = new Anslag(read.id(), read.organ(), templates.organ(read.organ()).namn(), read.datum(), datum,
                bevis.uppsatt(), bevis.nedtas(), bevis.forvaringsplats(), archived.id(), publicVersion.id());
        if (!repository.justera(read.id(), datum, by, anslag, digital, clock.instant())) {
            throw MeetingService.frozen();
        }
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("protokoll", archived.id().toString());
        details.put("sha256", archived.sha256());
        if (publicVersion != archived) {
            details.put("offentligVersion", publicVersion.id().toString());
            details.put("offentligVersionSha256", publicVersion.sha256());
        }
        details.put("justeringsdatum", datum.toString());
        details.put("justeradAv", by);
        details.put("anslagUppsatt", bevis.uppsatt().toString());
        details.put("anslagNedtas", bevis.nedtas().toString());
        events.publishEvent(AuditEvent.of(digital ? "meeting.justering.skickad" : "meeting.justerat", "meeting",
                read.id(), details));
    }

    private static ProblemException changedMeanwhile(Meeting read, Meeting current) {
        List<String> changed = new ArrayList<>();
        if (!java.util.Objects.equals(read.protokoll(), current.protokoll())) {
            changed.add("protokoll");
        }
        if (!read.agenda().equals(current.agenda())) {
            changed.add("agenda");
        }
        if (!read.datum().equals(current.datum())) {
            changed.add("datum");
        }
        if (!java.util.Objects.equals(read.forstaParagraf(), current.forstaParagraf())) {
            changed.add("numrering");
        }
        return new ProblemException(HttpStatus.CONFLICT, "Ändrat under justeringen",
                "Sammanträdet ändrades " + current.updatedAt() + " medan justeringen förbereddes (" + String.join(", ",
                        changed.isEmpty() ? List.of("sammanträdet") : changed)
                        + "); ingenting arkiverades. Granska den nya versionen och justera igen.",
                List.of(), Map.of("changed", changed, "readRevision", read.revision(),
                        "currentRevision", current.revision(), "updatedAt", current.updatedAt().toString()));
    }

    /** Archives a protokollsutdrag with the chosen § of a justerat protokoll. */
    public DocumentService.Outcome<ArchivedDocument> utdrag(UUID id, Utdrag input, String user) {
        Meeting meeting = meetings.find(id);
        if (meeting.status() != MeetingStatus.JUSTERAT) {
            throw ProblemException.conflict("Utdrag lämnas ur justerade protokoll; detta är inte justerat.");
        }
        if (input == null || input.paragrafer() == null || input.paragrafer().isEmpty()) {
            throw ProblemException.invalid("/paragrafer", "Ange vilka paragrafer utdraget ska innehålla.");
        }
        JsonNode full = documents.dataSnapshot(meeting.protokollDokument());
        ObjectNode data = json.createObjectNode();
        data.put("forbund", full.path("forbund").asString());
        data.put("organ", full.path("organ").asString());
        data.put("datum", full.path("datum").asString());
        data.put("justeringsdatum", meeting.justeringsdatum().toString());
        data.put("utdragsdatum", (input.datum() != null ? input.datum() : meetings.today()).toString());
        data.set("justerare", full.path("justerare"));
        data.put("intygas", input.intygas() != null ? input.intygas() : full.path("sekreterare").asString());
        ArrayNode chosen = data.putArray("paragrafer");
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < input.paragrafer().size(); i++) {
            Integer n = input.paragrafer().get(i);
            JsonNode found = null;
            for (JsonNode p : full.path("paragrafer")) {
                if (n != null && p.path("nummer").asInt() == n) {
                    found = p;
                }
            }
            if (found == null) {
                problems.add(new FieldProblem("/paragrafer/" + i, "§ " + n + " finns inte i protokollet (§ "
                        + meeting.forstaParagraf() + "–" + meeting.sistaParagraf() + ")."));
            } else {
                chosen.add(found);
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Utdraget kan inte skapas.", problems);
        }
        return documents.createRecord(new DocumentRequest("protokollsutdrag", null, "pdf", data), user,
                RecordLink.of(Meeting.subject(id)));
    }

    private void takeNumbers(Meeting meeting, Integer forstaParagraf, int count) {
        int year = meeting.datum().getYear();
        int last = repository.lockSeries(meeting.organ(), year);
        if (repository.numberedAfter(meeting.organ(), meeting.datum()) > 0) {
            throw ProblemException.conflict("Ett senare sammanträde " + year + " har redan numrerats; paragraferna"
                    + " skulle komma i fel ordning.");
        }
        int first = last > 0 ? last + 1 : forstaParagraf == null ? 1 : forstaParagraf;
        if (forstaParagraf != null && forstaParagraf != first) {
            throw ProblemException.invalid("/forstaParagraf", "Nästa paragraf i serien för " + year + " är § "
                    + first + "; nummer får inte hoppas över eller återanvändas.");
        }
        repository.saveSeries(meeting.organ(), year, first + count - 1);
        if (!repository.number(meeting.id(), first, count, clock.instant())) {
            throw ProblemException.conflict("Protokollet numrerades samtidigt av någon annan.");
        }
        events.publishEvent(AuditEvent.of("meeting.numrerat", "meeting", meeting.id(),
                Map.of("organ", meeting.organ(), "forstaParagraf", first, "sistaParagraf", first + count - 1)));
    }

    private ObjectNode protokollData(Meeting meeting, ProtokollData.Bevis bevis) {
        int first = meeting.forstaParagraf() != null ? meeting.forstaParagraf()
                : repository.peekSeries(meeting.organ(), meeting.datum().getYear()) + 1;
        return templates.protokoll(meeting, meeting.protokoll(), first, bevis);
    }

    private static List<String> stringList(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }
}
