package se.finsam.handlingar.archive.internal;

import java.time.Instant;
import java.util.List;

/**
 * Everything one E-ARK SIP holds, before it is written: the files under the package root, the events of their
 * provenance and the agents behind them. Paths are relative to the package root folder ({@code representations/…},
 * {@code documentation/…}).
 *
 * @param objId package id and name of the root folder (CSIP1, CSIPSTR2)
 * @param created when the newest content came into being; the package carries this date, never the time of export,
 *                so the same content always gives the same bytes
 */
public record SipContent(String objId, String label, Instant created, Agent archivalCreator, String softwareVersion,
        List<File> files, List<Event> events) {

    /** A file of the package. {@code use} is the CSIP file group: "Representations/…" or "Documentation". */
    public record File(String path, String use, byte[] content, String mimeType, Instant created, Format format,
            List<Property> properties, String derivedFrom, String createdBy) {
    }

    /** A file format: name and version as PRONOM knows them, with the PRONOM key when there is one. */
    public record Format(String name, String version, String pronomKey) {
    }

    /** A PREMIS significant property, e.g. the template version a document was rendered with. */
    public record Property(String type, String value) {
    }

    /** @param type "person", "organization" or "software" */
    public record Agent(String id, String name, String type, String note) {
    }

    /**
     * A provenance event; {@code dateTime} is an ISO date or date-time. {@code outcome} (e.g. "intakt") and
     * {@code outcomeDetail} may be null.
     */
    public record Event(String id, String type, String dateTime, String detail, List<Agent> agents,
            List<String> objectPaths, String outcome, String outcomeDetail) {

        public Event(String id, String type, String dateTime, String detail, List<Agent> agents,
                List<String> objectPaths) {
            this(id, type, dateTime, detail, agents, objectPaths, null, null);
        }
    }
}
