package se.finsam.handlingar.meeting;

import java.util.UUID;

import org.springframework.stereotype.Service;

import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.render.RenderedDocument;
import se.finsam.handlingar.system.ProblemException;

/**
 * The public version of a meeting's protokoll ({@link PublicVersion}), rendered with the protokoll template: from the
 * archived record once justerat, else from the draft as it stands.
 */
@Service
public class PublicProtokoll {

    private final MeetingService meetings;
    private final MeetingRepository repository;
    private final ProtokollData templates;
    private final DocumentService documents;

    PublicProtokoll(MeetingService meetings, MeetingRepository repository, ProtokollData templates,
            DocumentService documents) {
        this.meetings = meetings;
        this.repository = repository;
        this.templates = templates;
        this.documents = documents;
    }

    public DocumentService.Outcome<RenderedDocument> preview(UUID id, String format) {
        Meeting meeting = meetings.find(id);
        if (meeting.protokoll() == null) {
            throw ProblemException.conflict("Protokollet är inte skrivet än.");
        }
        var full = meeting.protokollDokument() != null
                ? documents.dataSnapshot(meeting.protokollDokument())
                : templates.protokoll(meeting, meeting.protokoll(), meeting.forstaParagraf() != null
                        ? meeting.forstaParagraf()
                        : repository.peekSeries(meeting.organ(), meeting.datum().getYear()) + 1, null);
        return documents.preview(new DocumentRequest("protokoll", null, format, PublicVersion.of(full)));
    }
}
