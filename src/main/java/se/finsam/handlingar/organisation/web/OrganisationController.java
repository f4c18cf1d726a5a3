package se.finsam.handlingar.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.handlingar.organisation.Forbund;
import se.finsam.handlingar.organisation.Huvudman;
import se.finsam.handlingar.organisation.Member;
import se.finsam.handlingar.organisation.Organ;
import se.finsam.handlingar.organisation.OrganisationData;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import se.finsam.handlingar.organisation.StaffMember;
import se.finsam.handlingar.system.ProblemException;

@RestController
@RequestMapping("/api/organisation")
class OrganisationController {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final OrganisationDirectory directory;
    private final Clock clock;

    OrganisationController(OrganisationDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    record Overview(Forbund forbund, List<Huvudman> huvudman, List<Organ> organ) {
    }

    record EndTerm(LocalDate till) {
    }

    record Contact(String email) {
    }

    @GetMapping
    Overview overview() {
        return new Overview(directory.forbund().orElse(null), directory.huvudman(), directory.organs());
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    OrganisationDirectory.ImportResult importData(@RequestBody OrganisationData data) {
        return directory.importData(data);
    }

    @PutMapping("/organs/{kod}")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    Organ saveOrgan(@PathVariable String kod, @RequestBody Organ organ) {
        return directory.saveOrgan(new Organ(kod, organ.namn(), organ.genitiv()));
    }

    @GetMapping("/organs/{kod}/members")
    List<Member> members(@PathVariable String kod,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        requireOrgan(kod);
        return directory.members(kod, date == null ? LocalDate.now(clock.withZone(SWEDEN)) : date);
    }

    @GetMapping("/organs/{kod}/history")
    List<Member> history(@PathVariable String kod) {
        requireOrgan(kod);
        return directory.memberHistory(kod);
    }

    @PostMapping("/organs/{kod}/members")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Member> addMember(@PathVariable String kod, @RequestBody OrganisationData.MemberData member) {
        return ResponseEntity.status(HttpStatus.CREATED).body(directory.addMember(kod, member));
    }

    @PostMapping("/terms/{id}/end")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    Member endTerm(@PathVariable UUID id, @RequestBody EndTerm body) {
        return directory.endTerm(id, body.till());
    }

    @PutMapping("/persons/{id}/email")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> email(@PathVariable UUID id, @RequestBody Contact body) {
        directory.updateEmail(id, body.email());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/staff")
    List<StaffMember> staff(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return directory.staff(date == null ? LocalDate.now(clock.withZone(SWEDEN)) : date);
    }

    private void requireOrgan(String kod) {
        if (directory.organ(kod).isEmpty()) {
            throw ProblemException.notFound("Organet \"" + kod + "\" finns inte.");
        }
    }
}
