package se.finsam.handlingar.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

import se.finsam.handlingar.archive.internal.SipContent;
import se.finsam.handlingar.archive.internal.SipWriter;
import se.finsam.handlingar.meeting.Meeting;
import se.finsam.handlingar.meeting.MeetingService;
import se.finsam.handlingar.meeting.MeetingStatus;
import se.finsam.handlingar.organisation.Forbund;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import se.finsam.handlingar.system.ProblemException;

/**
 * E-ARK SIPs of justerade meetings: one meeting, or every justerat meeting of an organ in a calendar year.
 */
@Service
public class ArchivePackages {

    private final MeetingService meetings;
    private final OrganisationDirectory organisation;
    private final MeetingRecordContent records;
    private final String softwareVersion;

    ArchivePackages(MeetingService meetings, OrganisationDirectory organisation, MeetingRecordContent records,
            ObjectProvider<BuildProperties> build) {
        this.meetings = meetings;
        this.organisation = organisation;
        this.records = records;
        BuildProperties properties = build.getIfAvailable();
        this.softwareVersion = properties != null ? properties.getVersion() : "utvecklingsversion";
    }

    /** The package of one justerat meeting; 409 before justering. */
    public ArchivePackage meeting(UUID id) {
        Meeting meeting = meetings.find(id);
        if (meeting.status() != MeetingStatus.JUSTERAT) {
            throw ProblemException.conflict("Arkivpaket skapas av justerade protokoll; sammanträdet "
                    + meeting.datum() + " är inte justerat.");
        }
        String name = "sammantrade-" + safe(meeting.organ()) + "-" + meeting.datum() + "-"
                + meeting.id().toString().substring(0, 8);
        String label = "Protokoll " + organName(meeting.organ()) + " " + meeting.datum();
        return build(name, label, List.of(meeting));
    }

    /** The package of every justerat meeting of the organ in the calendar year, oldest first. */
    public ArchivePackage organYear(String organ, int year) {
        if (organ == null || organisation.organ(organ).isEmpty()) {
            throw ProblemException.invalid("/organ", "Okänt organ \"" + organ + "\".");
        }
        if (year < 1900 || year > 9999) {
            throw ProblemException.invalid("/year", "Ange ett år med fyra siffror.");
        }
        List<Meeting> justerade = new ArrayList<>(meetings.list(organ, year).stream()
                .filter(m -> m.status() == MeetingStatus.JUSTERAT).toList());
        if (justerade.isEmpty()) {
            throw ProblemException.notFound("Inga justerade protokoll för " + organName(organ) + " " + year + ".");
        }
        justerade.sort(Comparator.comparing(Meeting::datum).thenComparing(m -> m.id().toString()));
        String label = "Protokoll " + organName(organ) + " " + year;
        return build("protokoll-" + safe(organ) + "-" + year, label, justerade);
    }

    private ArchivePackage build(String name, String label, List<Meeting> included) {
        Forbund forbund = organisation.requireForbund();
        SipContent.Agent creator = new SipContent.Agent("organisation:" + forbund.namn(), forbund.namn(),
                "organization", forbund.organisationsnummer());
        List<SipContent.File> files = new ArrayList<>();
        List<SipContent.Event> events = new ArrayList<>();
        Instant created = Instant.EPOCH;
        for (Meeting meeting : included) {
            MeetingRecordContent.Content c = records.content(meeting, folder(meeting, included.size() > 1), creator);
            files.addAll(c.files());
            events.addAll(c.events());
            created = c.newest().isAfter(created) ? c.newest() : created;
        }
        files.addAll(records.templateDocumentation(files));
        byte[] zip = SipWriter.write(new SipContent(name, label, created, creator, softwareVersion,
                List.copyOf(files), List.copyOf(events)));
        return new ArchivePackage(name, zip, MeetingRecordContent.sha256(zip));
    }

    private static String folder(Meeting meeting, boolean several) {
        return several ? meeting.datum() + "-" + meeting.id().toString().substring(0, 8) : meeting.datum().toString();
    }

    private String organName(String kod) {
        return organisation.organ(kod).map(o -> o.namn().toLowerCase(Locale.ROOT)).orElse(kod);
    }

    static String safe(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }
}
