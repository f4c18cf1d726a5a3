package se.finsam.handlingar.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A meeting of an organ.
 *
 * @param agenda {@code tid}, {@code plats}, {@code distansmote} and {@code punkter} in the kallelse template's format
 * @param protokoll the protokoll draft (attendance and one entry per §), or null before it is written
 * @param forstaParagraf first § number once numbered, else null
 * @param sistaParagraf last § number once numbered, else null
 * @param justeradAv who justerade, empty before justering
 * @param anslag the anslag once justerat, else null
 * @param revision grows with every change of the meeting or its protokoll; justering archives only the revision it
 *                 rendered
 * @param underskrifterKlara digital justering: the day the justerare's and the ordförande's signatures were complete
 *                           (null while waiting, and for a justering registered after it happened on paper)
 */
public record Meeting(UUID id, String organ, LocalDate datum, MeetingStatus status, JsonNode agenda, JsonNode protokoll,
        Integer forstaParagraf, Integer sistaParagraf, LocalDate justeringsdatum, List<String> justeradAv,
        Anslag anslag, UUID protokollDokument, Instant createdAt, String createdBy, Instant updatedAt, long revision,
        LocalDate underskrifterKlara) {

    /** The subject of this meeting's archived records ({@code GET /api/documents?subject=meeting/<id>}). */
    public static String subject(UUID meetingId) {
        return "meeting/" + meetingId;
    }
}
