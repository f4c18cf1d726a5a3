package se.finsam.handlingar.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.finsam.handlingar.document.DocumentService;

/**
 * The digital anslagstavla: the anslag of justerade protokoll, each from the day it goes up to the day it comes down
 * (both included), never after.
 */
@Service
public class Anslagstavla {

    /** How long taken-down anslag stay listed (at least the three weeks' appeal period plus its extensions). */
    public static final int HISTORY_DAYS = 90;

    private final MeetingRepository meetings;
    private final OmedelbarJusteringRepository omedelbara;
    private final MeetingService meetingService;
    private final DocumentService documents;

    Anslagstavla(MeetingRepository meetings, OmedelbarJusteringRepository omedelbara, MeetingService meetingService,
            DocumentService documents) {
        this.meetings = meetings;
        this.omedelbara = omedelbara;
        this.meetingService = meetingService;
        this.documents = documents;
    }

    /** The anslag up today (Swedish time), of whole protokoll and of omedelbara justeringar, newest first. */
    public List<Anslag> current() {
        LocalDate today = meetingService.today();
        List<Anslag> all = new ArrayList<>(meetings.anslagOn(today));
        all.addAll(omedelbara.anslagOn(today));
        all.sort(Comparator.comparing(Anslag::uppsatt).thenComparing(Anslag::sammantradesdatum).reversed()
                .thenComparing(Anslag::key));
        return all;
    }

    /**
     * Anslag taken down during the last {@link #HISTORY_DAYS} days, most recently first: longer than the appeal
     * period, so everyone can still see when a decision could be appealed.
     */
    public List<Anslag> history() {
        LocalDate today = meetingService.today();
        List<Anslag> all = new ArrayList<>(meetings.anslagTakenDown(today, today.minusDays(HISTORY_DAYS)));
        all.addAll(omedelbara.anslagTakenDown(today, today.minusDays(HISTORY_DAYS)));
        all.sort(Comparator.comparing(Anslag::nedtas).thenComparing(Anslag::sammantradesdatum).reversed()
                .thenComparing(Anslag::key));
        return all;
    }

    /** Today in Swedish time, the day the anslagstavla is shown for. */
    public LocalDate today() {
        return meetingService.today();
    }

    /** The public version of the protokoll (never the complete record) of an anslag that is up today; empty otherwise. */
    public Optional<byte[]> protokoll(UUID meetingId) {
        return served(current().stream()
                .filter(a -> a.meetingId().equals(meetingId) && a.omedelbarJustering() == null).findFirst());
    }

    /** The public version of the protokollsutdrag of an omedelbar justering whose anslag is up today; else empty. */
    public Optional<byte[]> utdrag(UUID meetingId, UUID omedelbarJustering) {
        return served(current().stream().filter(a -> a.meetingId().equals(meetingId)
                && omedelbarJustering.equals(a.omedelbarJustering())).findFirst());
    }

    private Optional<byte[]> served(Optional<Anslag> anslag) {
        return anslag.map(a -> documents.content(documents.latestRevision(
                a.publikDokument() != null ? a.publikDokument() : a.protokollDokument()).id()));
    }
}
