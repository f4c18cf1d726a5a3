package se.finsam.handlingar.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.MailAddresses;
import se.finsam.handlingar.system.ProblemException;

/**
 * The organisation register: who the förbund is, which organs it has and who sat in them on a given day. Terms are
 * never overwritten: a change ends one term ({@link #endTerm}) and starts another ({@link #addMember}), so earlier
 * dates keep answering with the people who sat then.
 */
@Service
public class OrganisationDirectory {

    /** Days after the meeting within which a justering is on time, unless the förbund says otherwise. */
    public static final int DEFAULT_JUSTERING_DAYS = 14;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final OrganisationRepository repository;
    private final ApplicationEventPublisher events;

    OrganisationDirectory(OrganisationRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Every change of the register is kept in the audit trail, in the same transaction as the change. */
    private void audit(String kind, String objectType, Object objectId, Map<String, ?> details) {
        events.publishEvent(AuditEvent.of(kind, objectType, objectId, details));
    }

    /** Counts of what an import added; zero everywhere when the data was already there. */
    public record ImportResult(int personsAdded, int termsAdded, int staffAdded) {
    }

    public Optional<Forbund> forbund() {
        return repository.forbund();
    }

    /** The förbund, or 409 when the register is still empty. */
    public Forbund requireForbund() {
        return forbund().orElseThrow(() -> ProblemException.conflict(
                "Förbundet är inte registrerat. Läs in organisationen med POST /api/organisation/import."));
    }

    public List<Huvudman> huvudman() {
        return repository.huvudman();
    }

    public List<Organ> organs() {
        return repository.organs();
    }

    public Optional<Organ> organ(String kod) {
        return kod == null ? Optional.empty() : repository.organ(kod);
    }

    /** Who sat in the organ on that day: ordförande, vice ordförande, ledamöter, then ersättare; each by name. */
    public List<Member> members(String organ, LocalDate date) {
        return repository.members(organ, date);
    }

    /** Every term in the organ, ended ones included, oldest first. */
    public List<Member> memberHistory(String organ) {
        return repository.history(organ);
    }

    /** The kansli on that day. */
    public List<StaffMember> staff(LocalDate date) {
        return repository.staff(date);
    }

    /** Imports the register: codes and names that exist are updated, terms and positions that exist are kept. */
    @Transactional
    public ImportResult importData(OrganisationData data) {
        ImportResult result = importData(data, false);
        audit("organisation.imported", "organisation", null, importDetails(data, result));
        return result;
    }

    /**
     * Adds only what is not stored yet and never changes a stored row: an organ renamed through the API keeps its
     * name, a person keeps the e-mail address set through the API. For the demo data loaded at start.
     */
    @Transactional
    public ImportResult importMissing(OrganisationData data) {
        ImportResult result = importData(data, true);
        if (result.personsAdded() + result.termsAdded() + result.staffAdded() > 0) {
            audit("organisation.imported", "organisation", null, importDetails(data, result));
        }
        return result;
    }

    private static Map<String, Object> importDetails(OrganisationData data, ImportResult result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("forbund", data.forbund() == null ? null : data.forbund().namn());
        details.put("organ", data.organ().stream().map(Organ::kod).toList());
        details.put("personsAdded", result.personsAdded());
        details.put("termsAdded", result.termsAdded());
        details.put("staffAdded", result.staffAdded());
        return details;
    }

    private ImportResult importData(OrganisationData data, boolean onlyAbsent) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.forbund() != null) {
            forbundProblems(data.forbund(), problems);
        } else if (repository.forbund().isEmpty()) {
            problems.add(new FieldProblem("/forbund", "Ange förbundet (namn, protokollForvaras, anslagPubliceras)."));
        }
        for (int i = 0; i < data.huvudman().size(); i++) {
            Huvudman h = data.huvudman().get(i);
            require(problems, "/huvudman/" + i + "/kod", h.kod() != null && CODE.matcher(h.kod()).matches(),
                    "Ange en kod med små bokstäver, siffror, - eller _.");
            require(problems, "/huvudman/" + i + "/namn", notBlank(h.namn()), "Ange huvudmannens namn.");
            require(problems, "/huvudman/" + i + "/typ", h.typ() != null && h.typ().matches("STAT|REGION|KOMMUN"),
                    "Typ ska vara STAT, REGION eller KOMMUN.");
        }
        for (int i = 0; i < data.organ().size(); i++) {
            organProblems(data.organ().get(i), "/organ/" + i, problems);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Organisationen kan inte läsas in.", problems);
        }
        if (data.forbund() != null) {
            var f = data.forbund();
            Forbund forbund = new Forbund(f.namn().strip(), f.organisationsnummer(), f.ort(),
                    f.justeringInomDagar() == null ? DEFAULT_JUSTERING_DAYS : f.justeringInomDagar(),
                    f.protokollForvaras(), f.anslagPubliceras());
            if (onlyAbsent) {
                repository.insertForbundIfAbsent(forbund);
            } else {
                repository.saveForbund(forbund);
            }
        }
        if (onlyAbsent) {
            data.huvudman().forEach(repository::insertHuvudmanIfAbsent);
            data.organ().forEach(repository::insertOrganIfAbsent);
        } else {
            data.huvudman().forEach(repository::saveHuvudman);
            data.organ().forEach(repository::saveOrgan);
        }

        int persons = 0;
        int terms = 0;
        for (int i = 0; i < data.ledamoter().size(); i++) {
            OrganisationData.MemberData m = data.ledamoter().get(i);
            Term term = validTerm(m.organ(), m, "/ledamoter/" + i);
            boolean known = repository.personId(term.namn()).isPresent();
            UUID person = onlyAbsent ? repository.personIfAbsent(term.namn(), m.email(), m.parti())
                    : repository.person(term.namn(), m.email(), m.parti());
            persons += known ? 0 : 1;
            if (!repository.termExists(term.organ(), person, term.roll(), m.huvudman(), m.fran())) {
                repository.insertTerm(term.organ(), person, term.roll(), m.huvudman(), term.ersatter(), m.fran(), m.till());
                terms++;
            }
        }
        int staff = 0;
        for (int i = 0; i < data.kansli().size(); i++) {
            OrganisationData.StaffData s = data.kansli().get(i);
            StaffPosition position = validStaff(s, "/kansli/" + i);
            boolean known = repository.personId(s.namn().strip()).isPresent();
            UUID person = onlyAbsent ? repository.personIfAbsent(s.namn().strip(), s.email(), null)
                    : repository.person(s.namn().strip(), s.email(), null);
            persons += known ? 0 : 1;
            if (!repository.staffExists(person, position, s.fran())) {
                repository.insertStaff(person, position, s.fran(), s.till());
                staff++;
            }
        }
        return new ImportResult(persons, terms, staff);
    }

    @Transactional
    public Organ saveOrgan(Organ organ) {
        List<FieldProblem> problems = new ArrayList<>();
        organProblems(organ, "", problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Organet kan inte sparas.", problems);
        }
        Optional<Organ> before = repository.organ(organ.kod());
        repository.saveOrgan(organ);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("namn", organ.namn());
        details.put("genitiv", organ.genitiv());
        before.ifPresent(b -> details.put("tidigareNamn", b.namn()));
        audit(before.isPresent() ? "organisation.organ.changed" : "organisation.organ.created", "organ", organ.kod(),
                details);
        return organ;
    }

    /** Starts a new term in the organ; the person is created when the name is new. */
    @Transactional
    public Member addMember(String organ, OrganisationData.MemberData data) {
        Term term = validTerm(organ, data, "");
        UUID person = repository.person(term.namn(), data.email(), data.parti());
        if (repository.termExists(term.organ(), person, term.roll(), data.huvudman(), data.fran())) {
            throw ProblemException.conflict(term.namn() + " har redan det uppdraget från samma dag.");
        }
        UUID id = repository.insertTerm(term.organ(), person, term.roll(), data.huvudman(), term.ersatter(),
                data.fran(), data.till());
        Member added = repository.term(id).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("organ", term.organ());
        details.put("namn", term.namn());
        details.put("roll", term.roll().name());
        details.put("fran", String.valueOf(data.fran()));
        details.put("till", String.valueOf(data.till()));
        audit("organisation.term.started", "term", id, details);
        return added;
    }

    /** Ends a running term on the given day (its last day). Ended terms stay in the history. */
    @Transactional
    public Member endTerm(UUID uppdragId, LocalDate till) {
        Member term = repository.term(uppdragId)
                .orElseThrow(() -> ProblemException.notFound("Uppdraget " + uppdragId + " finns inte."));
        if (till == null) {
            throw ProblemException.invalid("/till", "Ange uppdragets sista dag.");
        }
        if (term.fran() != null && till.isBefore(term.fran())) {
            throw ProblemException.invalid("/till", "Sista dagen kan inte ligga före första dagen " + term.fran() + ".");
        }
        if (repository.endTerm(uppdragId, till) == 0) {
            throw ProblemException.conflict("Uppdraget avslutades redan " + term.till() + ".");
        }
        audit("organisation.term.ended", "term", uppdragId, Map.of("till", till.toString()));
        return repository.term(uppdragId).orElseThrow();
    }

    /** Sets or clears (null) a person's email address. */
    @Transactional
    public void updateEmail(UUID personId, String email) {
        if (!repository.personExists(personId)) {
            throw ProblemException.notFound("Personen " + personId + " finns inte.");
        }
        if (email != null && !MailAddresses.valid(email)) {
            throw ProblemException.invalid("/email", "Ange en giltig e-postadress.");
        }
        repository.updateEmail(personId, email);
        // the address itself is personal data and stays out of the log; whether one is set is what matters
        audit("organisation.person.email", "person", personId, Map.of("email", email == null ? "borttagen" : "satt"));
    }

    private record Term(String organ, String namn, MemberRole roll, UUID ersatter) {
    }

    private Term validTerm(String organ, OrganisationData.MemberData m, String at) {
        List<FieldProblem> problems = new ArrayList<>();
        if (organ == null || repository.organ(organ).isEmpty()) {
            problems.add(new FieldProblem(at + "/organ", "Okänt organ \"" + organ + "\"."));
        }
        require(problems, at + "/namn", notBlank(m.namn()), "Ange namnet.");
        require(problems, at + "/namn", m.namn() == null || m.namn().length() <= 200, "Namnet får ha högst 200 tecken.");
        require(problems, at + "/parti", m.parti() == null || m.parti().length() <= 20, "Partiet får ha högst 20 tecken.");
        MemberRole roll = MemberRole.fromCode(m.roll());
        require(problems, at + "/roll", roll != null,
                "Roll ska vara ordforande, vice_ordforande, ledamot eller ersattare.");
        if (m.huvudman() != null && repository.huvudman(m.huvudman()).isEmpty()) {
            problems.add(new FieldProblem(at + "/huvudman", "Okänd huvudman \"" + m.huvudman() + "\"."));
        }
        if (m.email() != null && !MailAddresses.valid(m.email())) {
            problems.add(new FieldProblem(at + "/email", "Ange en giltig e-postadress."));
        }
        if (m.fran() != null && m.till() != null && m.till().isBefore(m.fran())) {
            problems.add(new FieldProblem(at + "/till", "Sista dagen ligger före första dagen."));
        }
        UUID ersatter = null;
        if (m.ersatter() != null) {
            ersatter = repository.personId(m.ersatter().strip()).orElse(null);
            require(problems, at + "/ersatter", ersatter != null,
                    "Okänd ledamot \"" + m.ersatter() + "\"; lägg in den ordinarie ledamoten först.");
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Uppdraget kan inte sparas.", problems);
        }
        return new Term(organ, m.namn().strip(), roll, ersatter);
    }

    private static StaffPosition validStaff(OrganisationData.StaffData s, String at) {
        List<FieldProblem> problems = new ArrayList<>();
        require(problems, at + "/namn", notBlank(s.namn()), "Ange namnet.");
        StaffPosition position = StaffPosition.fromCode(s.befattning());
        require(problems, at + "/befattning", position != null,
                "Befattning ska vara forbundschef, bitradande_forbundschef, administrator eller sekreterare.");
        if (s.email() != null && !MailAddresses.valid(s.email())) {
            problems.add(new FieldProblem(at + "/email", "Ange en giltig e-postadress."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Kansliet kan inte sparas.", problems);
        }
        return position;
    }

    private static void forbundProblems(OrganisationData.ForbundData f, List<FieldProblem> problems) {
        require(problems, "/forbund/namn", notBlank(f.namn()), "Ange förbundets namn.");
        require(problems, "/forbund/protokollForvaras", notBlank(f.protokollForvaras()),
                "Ange var protokollen förvaras.");
        require(problems, "/forbund/anslagPubliceras", notBlank(f.anslagPubliceras()),
                "Ange var justeringen tillkännages.");
        require(problems, "/forbund/justeringInomDagar",
                f.justeringInomDagar() == null || (f.justeringInomDagar() >= 0 && f.justeringInomDagar() <= 365),
                "Ange 0–365 dagar.");
        require(problems, "/forbund/organisationsnummer",
                f.organisationsnummer() == null || f.organisationsnummer().matches("\\d{6}-\\d{4}"),
                "Organisationsnummer skrivs NNNNNN-NNNN.");
    }

    private static void organProblems(Organ o, String at, List<FieldProblem> problems) {
        require(problems, at + "/kod", o.kod() != null && CODE.matcher(o.kod()).matches(),
                "Ange en kod med små bokstäver, siffror, - eller _.");
        require(problems, at + "/namn", notBlank(o.namn()), "Ange organets namn.");
        require(problems, at + "/namn", o.namn() == null || o.namn().length() <= 200, "Namnet får ha högst 200 tecken.");
        require(problems, at + "/genitiv", o.genitiv() == null || o.genitiv().length() <= 200,
                "Genitivformen får ha högst 200 tecken.");
    }

    private static void require(List<FieldProblem> problems, String pointer, boolean ok, String message) {
        if (!ok) {
            problems.add(new FieldProblem(pointer, message));
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
