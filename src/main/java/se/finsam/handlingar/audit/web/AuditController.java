package se.finsam.handlingar.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.handlingar.audit.AuditEntry;
import se.finsam.handlingar.audit.AuditTrail;
import se.finsam.handlingar.system.ProblemException;

@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    record Page(List<AuditEntry> items, int page, int size) {
    }

    /**
     * @param from an instant ({@code 2024-03-22T09:00:00Z}) or a day ({@code 2024-03-22}, from its start, Swedish time)
     * @param to likewise; a day includes the whole day
     * @param kind e.g. {@code meeting.justerat}, or a prefix ending in a dot: {@code document.}
     * @param object an object id, or {@code type/id} such as {@code meeting/<id>}
     */
    @GetMapping("/api/audit")
    Page list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String object,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return new Page(trail.find(instant(from, "/from", false), instant(to, "/to", true), kind, object, page, size),
                page, size);
    }

    @GetMapping("/api/audit/verify")
    AuditTrail.Verification verify() {
        return trail.verify();
    }

    private static Instant instant(String value, String pointer, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(SWEDEN).toInstant()
                        .minusMillis(endOfDay ? 1 : 0);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(pointer, "Ange en tidpunkt (2024-03-22T09:00:00Z) eller en dag (2024-03-22).");
        }
    }
}
