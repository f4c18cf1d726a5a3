package se.finsam.handlingar.meeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The notice that a protokoll has been justerat, as shown on the anslagstavla.
 *
 * @param uppsatt first day on the anslagstavla (at most two days after justering, KL 8 kap. 12 §)
 * @param nedtas last day on the anslagstavla (three weeks after {@code uppsatt})
 * @param protokollDokument the archived protokoll PDF
 */
public record Anslag(UUID meetingId, String organ, String organNamn, LocalDate sammantradesdatum,
        LocalDate justeringsdatum, LocalDate uppsatt, LocalDate nedtas, String forvaringsplats, UUID protokollDokument) {

    /** On the anslagstavla from the first to the last day, both included. */
    public boolean current(LocalDate day) {
        return !day.isBefore(uppsatt) && !day.isAfter(nedtas);
    }
}
