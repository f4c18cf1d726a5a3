package se.finsam.handlingar.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Chosen §§ of a numbered protokoll justerade at the meeting (KL 8 kap. 12 §: "omedelbar justering"), announced on
 * their own: a protokollsutdrag with its own Bevis block and its own anslag. The complete protokoll, justerat later,
 * keeps these §§ exactly as they were justerade, each with a note.
 *
 * @param utdragDokument the archived protokollsutdrag with the Bevis block (the record of this justering)
 * @param anslag its anslag; {@code anslag.publikDokument()} is the version the anslagstavla serves
 */
public record OmedelbarJustering(UUID id, UUID meetingId, List<Integer> paragrafer, LocalDate justeringsdatum,
        List<String> justeradAv, UUID utdragDokument, Anslag anslag, Instant createdAt, String createdBy) {
}
