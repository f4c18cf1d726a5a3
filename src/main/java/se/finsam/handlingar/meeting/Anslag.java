package se.finsam.handlingar.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The notice that a protokoll — or, after an omedelbar justering, some of its §§ — has been justerat, as shown on the
 * anslagstavla.
 *
 * @param uppsatt first day on the anslagstavla (at most two days after justering, KL 8 kap. 12 §)
 * @param nedtas last day on the anslagstavla (three weeks after {@code uppsatt})
 * @param protokollDokument the archived protokoll PDF (the record); for an omedelbar justering its protokollsutdrag
 * @param publikDokument the document the anslagstavla serves: the archived public version ({@link PublicVersion})
 *                       when the protokoll withholds anything, else the record itself ({@code protokollDokument});
 *                       null for protokoll justerade before public versions existed
 * @param omedelbarJustering the id of the omedelbar justering this anslag is of; null for the whole protokoll
 * @param paragrafer the §§ justerade omedelbart; empty for the whole protokoll
 * The last day to appeal ({@link #sistaDagForOverklagande()}) follows from {@code uppsatt} (KL 13 kap. 5 §).
 */
public record Anslag(UUID meetingId, String organ, String organNamn, LocalDate sammantradesdatum,
        LocalDate justeringsdatum, LocalDate uppsatt, LocalDate nedtas, String forvaringsplats, UUID protokollDokument,
        UUID publikDokument, UUID omedelbarJustering, List<Integer> paragrafer) {

    public Anslag {
        paragrafer = paragrafer == null ? List.of() : List.copyOf(paragrafer);
    }

    /** The anslag of a whole protokoll. */
    public Anslag(UUID meetingId, String organ, String organNamn, LocalDate sammantradesdatum,
            LocalDate justeringsdatum, LocalDate uppsatt, LocalDate nedtas, String forvaringsplats,
            UUID protokollDokument, UUID publikDokument) {
        this(meetingId, organ, organNamn, sammantradesdatum, justeringsdatum, uppsatt, nedtas, forvaringsplats,
                protokollDokument, publikDokument, null, List.of());
    }

    /** Three weeks after the anslag went up, moved to the next weekday when needed ({@link AppealPeriod}). */
    @JsonProperty("sistaDagForOverklagande")
    public LocalDate sistaDagForOverklagande() {
        return AppealPeriod.lastDay(uppsatt);
    }

    /** Where the anslagstavla serves the document while the anslag is up. */
    @JsonProperty("pdf")
    public String pdf() {
        return omedelbarJustering == null ? "/anslagstavla/" + meetingId + "/protokoll.pdf"
                : "/anslagstavla/" + meetingId + "/utdrag/" + omedelbarJustering + ".pdf";
    }

    /** A stable key among all anslag (the anslagstavla's element ids). */
    @JsonIgnore
    public String key() {
        return omedelbarJustering == null ? meetingId.toString() : meetingId + "-" + omedelbarJustering;
    }

    /** "§ 52" or "§ 52, 54" for an omedelbar justering; empty for the whole protokoll. */
    @JsonIgnore
    public String paragrafText() {
        return paragrafer.isEmpty() ? ""
                : "§ " + paragrafer.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** On the anslagstavla from the first to the last day, both included. */
    public boolean current(LocalDate day) {
        return !day.isBefore(uppsatt) && !day.isAfter(nedtas);
    }
}
