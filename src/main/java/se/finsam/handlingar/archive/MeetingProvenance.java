package se.finsam.handlingar.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.archive.internal.SipContent;
import se.finsam.handlingar.archive.internal.SipWriter;
import se.finsam.handlingar.audit.AuditEntry;
import se.finsam.handlingar.audit.AuditTrail;
import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.meeting.Anslag;
import se.finsam.handlingar.meeting.Meeting;
import se.finsam.handlingar.meeting.OmedelbarJustering;
import se.finsam.handlingar.signing.SignatureReport;
import se.finsam.handlingar.signing.SigningService;

/**
 * The PREMIS events of a meeting's record: the creation of each archived document, each signature in the packed
 * revisions (checked: intact, trusted), the justering and anslag of the protokoll and of each omedelbar justering, and
 * every entry of the hash-chained audit trail about the meeting or its documents (with the entry's chain hashes).
 * Only facts that do not change with the time of export enter, so the same content gives the same package.
 */
@Component
class MeetingProvenance {

    static final SipContent.Agent SOFTWARE = new SipContent.Agent("programvara:Handlingar", "Handlingar", "software",
            null);
    private static final Pattern UUIDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final AuditTrail audit;
    private final SigningService signing;

    MeetingProvenance(AuditTrail audit, SigningService signing) {
        this.audit = audit;
        this.signing = signing;
    }

    List<SipContent.Event> events(Meeting meeting, List<MeetingRecordContent.Part> parts,
            List<OmedelbarJustering> omedelbara, List<SipContent.File> files, SipContent.Agent forbund) {
        Map<UUID, String> pathOf = new LinkedHashMap<>();
        parts.forEach(p -> p.revisions().forEach(r -> pathOf.put(r.id(), p.path())));
        List<SipContent.Event> events = new ArrayList<>();
        for (MeetingRecordContent.Part part : parts) {
            ArchivedDocument d = part.first();
            events.add(new SipContent.Event("skapad:" + d.id(), "creation", SipWriter.dateTime(d.createdAt()),
                    "Arkiverad i Handlingar ur mallen " + d.template() + " version " + d.templateVersion()
                            + ", SHA-256 " + d.sha256() + ".",
                    List.of(user(d.createdBy()), SOFTWARE), List.of(part.path(), part.dataPath())));
            events.addAll(signatures(part));
        }
        String protokollPath = meeting.protokollDokument() == null ? null : pathOf.get(meeting.protokollDokument());
        if (meeting.justeringsdatum() != null && protokollPath != null) {
            events.add(new SipContent.Event("justering:" + meeting.id(), "justering",
                    meeting.justeringsdatum().toString(),
                    "Protokollet justerades av " + String.join(" och ", meeting.justeradAv()) + ".",
                    persons(meeting.justeradAv()), List.of(protokollPath)));
            if (meeting.anslag() != null) {
                events.add(anslag("anslag:" + meeting.id(), meeting.anslag(), "Justeringen", forbund,
                        served(meeting.anslag(), pathOf, protokollPath)));
            }
        }
        for (OmedelbarJustering j : omedelbara) {
            String path = pathOf.get(j.utdragDokument());
            if (path == null) {
                continue;
            }
            events.add(new SipContent.Event("justering:" + j.id(), "justering", j.justeringsdatum().toString(),
                    "Omedelbar justering vid sammanträdet av " + j.anslag().paragrafText() + ", av "
                            + String.join(" och ", j.justeradAv()) + " (KL 8 kap. 12 §); protokollsutdraget med eget"
                            + " bevis om anslag.",
                    persons(j.justeradAv()), List.of(path)));
            events.add(anslag("anslag:" + j.id(), j.anslag(), "Den omedelbara justeringen av "
                    + j.anslag().paragrafText(), forbund, served(j.anslag(), pathOf, path)));
        }
        events.addAll(auditEvents(meeting, pathOf, protokollPath));
        return events;
    }

    /** Each signature of the packed revision, in signing order, with what checking it shows. */
    private List<SipContent.Event> signatures(MeetingRecordContent.Part part) {
        ArchivedDocument latest = part.latest();
        if (!"pdf".equals(latest.format()) || part.revisions().size() < 2) {
            return List.of();
        }
        SignatureReport report = signing.signatures(latest.id());
        List<SignatureReport.Signature> signatures = new ArrayList<>(report.signatures());
        signatures.sort(Comparator.comparing(SignatureReport.Signature::signingTime,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(SignatureReport.Signature::field));
        List<SipContent.Event> events = new ArrayList<>();
        for (SignatureReport.Signature s : signatures) {
            String outcome = !s.intact() ? "bruten" : s.trusted() ? "intakt och betrodd" : "intakt, ej betrodd";
            String detail = "PAdES-signatur i fältet " + s.field() + " av " + s.signer() + "; den packade versionen"
                    + " urn:uuid:" + latest.id() + ".";
            String note = "Kontrollerad av Handlingar: signaturvärdet stämmer med certifikatet "
                    + (s.intact() ? "och de signerade byten är oförändrade" : "inte, eller de signerade byten har ändrats")
                    + "; certifikatkedjan " + (s.trusted() ? "leder" : "leder inte") + " till ett förtroendeankare"
                    + "; signaturen täcker " + (s.coversWholeRevision() ? "hela" : "inte hela") + " sin version"
                    + (s.timestamp() != null ? "; tidsstämpel " + SipWriter.dateTime(s.timestamp()) : "")
                    + ". Spärrkontroll ingår inte.";
            events.add(new SipContent.Event("signatur:" + latest.id() + ":" + s.field(),
                    "digital signature generation",
                    s.signingTime() == null ? SipWriter.dateTime(latest.createdAt()) : SipWriter.dateTime(s.signingTime()),
                    detail, List.of(new SipContent.Agent("person:" + s.signer(), s.signer(), "person", null)),
                    List.of(part.path()), outcome, note));
        }
        return events;
    }

    private static SipContent.Event anslag(String id, Anslag a, String what, SipContent.Agent forbund, String path) {
        return new SipContent.Event(id, "anslag", a.uppsatt().toString(),
                what + " tillkännagavs genom anslag på förbundets digitala anslagstavla från " + a.uppsatt() + " till "
                        + a.nedtas() + " (KL 8 kap. 12 §); sista dag att överklaga " + a.sistaDagForOverklagande()
                        + ". Protokollet förvaras på " + a.forvaringsplats() + ".",
                List.of(forbund), List.of(path));
    }

    /** The file the anslagstavla served: the public version when there is one in the package. */
    private static String served(Anslag a, Map<UUID, String> pathOf, String fallback) {
        return a.publikDokument() != null && pathOf.containsKey(a.publikDokument()) ? pathOf.get(a.publikDokument())
                : fallback;
    }

    /**
     * The audit trail's entries about the meeting and about every revision of its documents, oldest first; each names
     * its place in the hash chain, and links the packed files whose ids its details mention.
     */
    private List<SipContent.Event> auditEvents(Meeting meeting, Map<UUID, String> pathOf, String protokollPath) {
        Map<Long, AuditEntry> entries = new java.util.TreeMap<>();
        collect(entries, "meeting/" + meeting.id());
        for (UUID id : pathOf.keySet()) {
            collect(entries, "document/" + id);
        }
        List<SipContent.Event> events = new ArrayList<>();
        for (AuditEntry e : entries.values()) {
            Set<String> paths = new LinkedHashSet<>();
            if ("document".equals(e.objectType()) && pathOf.containsKey(uuid(e.objectId()))) {
                paths.add(pathOf.get(uuid(e.objectId())));
            }
            Matcher m = UUIDS.matcher(e.details() == null ? "" : e.details().toString());
            while (m.find()) {
                UUID id = UUID.fromString(m.group());
                if (pathOf.containsKey(id)) {
                    paths.add(pathOf.get(id));
                }
            }
            if (paths.isEmpty() && "meeting".equals(e.objectType()) && protokollPath != null) {
                paths.add(protokollPath);
            }
            String actor = e.actor() == null ? "system" : e.actor();
            events.add(new SipContent.Event("granskningslogg:" + e.seq(), e.kind(), SipWriter.dateTime(e.at()),
                    "Granskningsloggen, post " + e.seq() + ": " + e.kind() + " (" + e.objectType() + "/" + e.objectId()
                            + ") av " + actor + (e.source() == null ? "" : " från " + e.source())
                            + (e.details() == null || e.details().isEmpty() ? "" : "; " + e.details()) + ".",
                    List.of("system".equals(actor) ? SOFTWARE : user(actor)), List.copyOf(paths),
                    "registrerad i den hashkedjade granskningsloggen",
                    "SHA-256 " + e.hash() + ", föregående post " + e.previousHash()));
        }
        return events;
    }

    private void collect(Map<Long, AuditEntry> entries, String object) {
        for (int page = 0; ; page++) {
            List<AuditEntry> found = audit.find(null, null, null, object, page, 500);
            found.forEach(e -> entries.put(e.seq(), e));
            if (found.size() < 500) {
                return;
            }
        }
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static SipContent.Agent user(String name) {
        return new SipContent.Agent("anvandare:" + name, name, "person", null);
    }

    private static List<SipContent.Agent> persons(List<String> names) {
        return names.stream().map(n -> new SipContent.Agent("person:" + n, n, "person", null)).toList();
    }
}
