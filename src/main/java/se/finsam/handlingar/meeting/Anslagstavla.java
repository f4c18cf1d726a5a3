package se.finsam.handlingar.meeting;

import java.time.LocalDate;
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
    private final MeetingService meetingService;
    private final DocumentService documents;

    Anslagstavla(MeetingRepository meetings, MeetingService meetingService, DocumentService documents) {
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.documents = documents;
    }

    /** The anslag up today (Swedish time), newest first. */
    public List<Anslag> current() {
        return meetings.anslagOn(meetingService.today());
    }

    /**
     * Anslag taken down during the last {@link #HISTORY_DAYS} days, most recently first: longer than the appeal
     * period, so everyone can still see when a decision could be appealed.
     */
    public List<Anslag> history() {
        LocalDate today = meetingService.today();
        return meetings.anslagTakenDown(today, today.minusDays(HISTORY_DAYS));
    }

    /** Today in Swedish time, the day the anslagstavla is shown for. */
    public LocalDate today() {
        return meetingService.today();
    }

    /** The public version of the protokoll (never the complete record) of an anslag that is up today; empty otherwise. */
    public Optional<byte[]> protokoll(UUID meetingId) {
        return current().stream().filter(a -> a.meetingId().equals(meetingId)).findFirst()
                .map(a -> documents.content(documents.latestRevision(
                        a.publikDokument() != null ? a.publikDokument() : a.protokollDokument()).id()));
    }
}
