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
 * @param vantarUnderskrifter digital: the utdrag waits for the justerare's and the ordförande's signatures (no anslag
 *                            is up until they are complete)
 * @param underskrifterKlara digital: the day those signatures were complete; null while waiting or when registered
 * @param aterkallad digital: withdrawn while it waited for signatures (the utdrag stays archived as withdrawn and the
 *                   §§ no longer count as justerade); null otherwise
 */
public record OmedelbarJustering(UUID id, UUID meetingId, List<Integer> paragrafer, LocalDate justeringsdatum,
        List<String> justeradAv, UUID utdragDokument, Anslag anslag, Instant createdAt, String createdBy,
        boolean vantarUnderskrifter, LocalDate underskrifterKlara, Aterkallad aterkallad) {

    /** When and by whom a waiting digital omedelbar justering was withdrawn, and why (optional). */
    public record Aterkallad(Instant tidpunkt, String av, String orsak) {
    }
}
