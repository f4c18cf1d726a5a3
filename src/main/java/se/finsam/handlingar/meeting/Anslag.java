package se.finsam.handlingar.meeting;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The notice that a protokoll has been justerat, as shown on the anslagstavla.
 *
 * @param uppsatt first day on the anslagstavla (at most two days after justering, KL 8 kap. 12 §)
 * @param nedtas last day on the anslagstavla (three weeks after {@code uppsatt})
 * @param protokollDokument the archived protokoll PDF (the record)
 * @param publikDokument the document the anslagstavla serves: the archived public version ({@link PublicVersion})
 *                       when the protokoll withholds anything, else the record itself ({@code protokollDokument});
 *                       null for protokoll justerade before public versions existed
 * The last day to appeal ({@link #sistaDagForOverklagande()}) follows from {@code uppsatt} (KL 13 kap. 5 §).
 */
public record Anslag(UUID meetingId, String organ, String organNamn, LocalDate sammantradesdatum,
        LocalDate justeringsdatum, LocalDate uppsatt, LocalDate nedtas, String forvaringsplats, UUID protokollDokument,
        UUID publikDokument) {

    /** Three weeks after the anslag went up, moved to the next weekday when needed ({@link AppealPeriod}). */
    @JsonProperty("sistaDagForOverklagande")
    public LocalDate sistaDagForOverklagande() {
        return AppealPeriod.lastDay(uppsatt);
    }

    /** On the anslagstavla from the first to the last day, both included. */
    public boolean current(LocalDate day) {
        return !day.isBefore(uppsatt) && !day.isAfter(nedtas);
    }
}
