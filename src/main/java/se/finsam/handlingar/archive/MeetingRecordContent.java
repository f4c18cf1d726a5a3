package se.finsam.handlingar.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.archive.internal.SipContent;
import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.meeting.Meeting;
import se.finsam.handlingar.meeting.OmedelbarJustering;
import se.finsam.handlingar.meeting.OmedelbarJusteringService;
import se.finsam.handlingar.template.TemplateCatalog;
import se.finsam.handlingar.template.TemplateVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a justerat meeting contributes to an archive package: every archived record of the meeting (kallelse, the
 * "handlingar" sent out with their bilagor, the protokoll, its public version, the protokollsutdrag of omedelbara
 * justeringar and other utdrag, and a withdrawn digital justering's protokoll), each in its newest revision (signed, when signed) with its bytes verified against
 * their recorded SHA-256, each document's data snapshot as JSON with its template version, and the events of its
 * record ({@link MeetingProvenance}).
 */
@Component
class MeetingRecordContent {

    static final String DATA = "representations/handlingar/data/";
    static final String REPRESENTATION = "Representations/handlingar/data";

    private final DocumentService documents;
    private final TemplateCatalog templates;
    private final JsonMapper json;
    private final OmedelbarJusteringService omedelbara;
    private final MeetingBilagor bilagor;
    private final MeetingProvenance provenance;

    MeetingRecordContent(DocumentService documents, TemplateCatalog templates, JsonMapper json,
            OmedelbarJusteringService omedelbara, MeetingBilagor bilagor, MeetingProvenance provenance) {
        this.documents = documents;
        this.templates = templates;
        this.json = json;
        this.omedelbara = omedelbara;
        this.bilagor = bilagor;
        this.provenance = provenance;
    }

    record Content(List<SipContent.File> files, List<SipContent.Event> events, Instant newest) {
    }

    /**
     * One archived record as it enters the package: {@code first} is the revision the record was created as,
     * {@code latest} the one packed (signed, when signed), {@code name} its file name without extension.
     */
    record Part(ArchivedDocument first, ArchivedDocument latest, List<ArchivedDocument> revisions, String name,
            String path, String dataPath, List<SipContent.Property> properties) {
    }

    Content content(Meeting meeting, String folder, SipContent.Agent forbund) {
        List<SipContent.File> files = new ArrayList<>();
        List<Part> parts = parts(meeting, folder);
        Instant newest = meeting.updatedAt();
        for (Part part : parts) {
            ArchivedDocument d = part.latest();
            files.add(new SipContent.File(part.path(), REPRESENTATION, documents.content(d.id()), d.contentType(),
                    d.createdAt(), format(d), part.properties(), part.dataPath(), d.createdBy()));
            files.add(new SipContent.File(part.dataPath(), REPRESENTATION, snapshot(d), "application/json",
                    d.createdAt(), new SipContent.Format("JSON Data Interchange Format", null, "fmt/817"),
                    part.properties(), null, d.createdBy()));
            newest = d.createdAt().isAfter(newest) ? d.createdAt() : newest;
            if (d.template().equals("handlingar")) {
                files.addAll(bilagor.files(d, DATA + folder + "/" + part.name() + "-bilaga-"));
            }
        }
        List<OmedelbarJustering> omedelbar = omedelbara.list(meeting.id()).stream().filter(j -> j.aterkallad() == null)
                .toList();
        List<SipContent.Event> events = provenance.events(meeting, parts, omedelbar, files, forbund);
        return new Content(files, events, newest);
    }

    /** The meeting's records in package order: kallelse, handlingar, protokoll, utdrag; each kind oldest first. */
    List<Part> parts(Meeting meeting, String folder) {
        String subject = Meeting.subject(meeting.id());
        Map<UUID, ArchivedDocument> records = new LinkedHashMap<>();
        firstRevisions(subject).forEach(d -> records.put(d.id(), d));
        firstRevisions(subject + "/publik").forEach(d -> records.put(d.id(), d));
        // a digital justering withdrawn before it was complete: its protokoll (and public version), with the
        // signatures already made, is a record of the meeting too
        firstRevisions(subject + ArchivedDocument.WITHDRAWN_SUFFIX).forEach(d -> records.put(d.id(), d));
        firstRevisions(subject + "/publik" + ArchivedDocument.WITHDRAWN_SUFFIX).forEach(d -> records.put(d.id(), d));
        // records archived before documents carried their subject
        if (meeting.protokollDokument() != null) {
            records.putIfAbsent(meeting.protokollDokument(), documents.find(meeting.protokollDokument()));
        }
        if (meeting.anslag() != null && meeting.anslag().publikDokument() != null) {
            records.putIfAbsent(meeting.anslag().publikDokument(), documents.find(meeting.anslag().publikDokument()));
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, SipContent.Property> notes = new LinkedHashMap<>();
        if (meeting.protokollDokument() != null) {
            names.put(meeting.protokollDokument(), "protokoll");
        }
        if (meeting.anslag() != null && meeting.anslag().publikDokument() != null
                && !meeting.anslag().publikDokument().equals(meeting.protokollDokument())) {
            names.put(meeting.anslag().publikDokument(), "protokoll-offentlig-version");
            notes.put(meeting.anslag().publikDokument(), new SipContent.Property("publicering",
                    "offentlig version av protokollet urn:uuid:" + meeting.protokollDokument() + ": delar som inte"
                            + " får publiceras utelämnade, privatpersoner maskerade; den som anslogs"));
        }
        Map<UUID, OmedelbarJustering> withdrawnUtdrag = new LinkedHashMap<>();
        for (OmedelbarJustering j : omedelbara.list(meeting.id())) {
            String base = "omedelbar-justering-" + String.join("-", j.paragrafer().stream().map(String::valueOf).toList());
            if (j.aterkallad() != null) {
                withdrawnUtdrag.put(j.utdragDokument(), j);
                withdrawnUtdrag.put(j.anslag().publikDokument(), j);
                continue;
            }
            names.put(j.utdragDokument(), base);
            notes.put(j.utdragDokument(), new SipContent.Property("omedelbar-justering", "protokollsutdrag med"
                    + " eget bevis om anslag: " + j.anslag().paragrafText() + " justerad omedelbart "
                    + j.justeringsdatum() + " av " + String.join(" och ", j.justeradAv())));
            if (!j.anslag().publikDokument().equals(j.utdragDokument())) {
                names.put(j.anslag().publikDokument(), base + "-offentlig-version");
                notes.put(j.anslag().publikDokument(), new SipContent.Property("publicering",
                        "offentlig version av protokollsutdraget urn:uuid:" + j.utdragDokument()
                                + ": delar som inte får publiceras utelämnade, privatpersoner maskerade; den som anslogs"));
            }
        }
        for (ArchivedDocument d : records.values()) {
            OmedelbarJustering utdragOf = withdrawnUtdrag.get(d.id());
            if (d.withdrawn() && utdragOf != null) {
                boolean publik = d.subject().contains("/publik/");
                names.put(d.id(), "omedelbar-justering-" + String.join("-", utdragOf.paragrafer().stream()
                        .map(String::valueOf).toList()) + (publik ? "-offentlig-version" : "") + "-aterkallad");
                notes.put(d.id(), new SipContent.Property("aterkallad", "den digitala omedelbara justeringen av "
                        + utdragOf.anslag().paragrafText() + " återkallades innan alla hade skrivit under; "
                        + (publik ? "den offentliga versionen av protokollsutdraget anslogs aldrig"
                                : "protokollsutdraget är inte justerat och anslogs aldrig")
                        + " (se granskningsloggens meeting.omedelbar-justering.aterkallad)"));
            } else if (d.withdrawn()) {
                boolean publik = d.subject().contains("/publik/");
                names.put(d.id(), d.template() + (publik ? "-offentlig-version" : "") + "-aterkallad");
                notes.put(d.id(), new SipContent.Property("aterkallad", "den digitala justeringen återkallades innan"
                        + " alla hade skrivit under; handlingen är inte sammanträdets " + (publik ? "anslagna version"
                                : "justerade protokoll") + " (se granskningsloggens meeting.justering.aterkallad)"));
            }
        }
        List<ArchivedDocument> ordered = new ArrayList<>(records.values());
        ordered.sort(Comparator.comparingInt((ArchivedDocument d) -> rank(d, names))
                .thenComparing(ArchivedDocument::createdAt).thenComparing(d -> d.id().toString()));
        List<Part> parts = new ArrayList<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        for (ArchivedDocument first : ordered) {
            String name = names.getOrDefault(first.id(), first.subject() != null && first.subject().endsWith("/publik")
                    ? first.template() + "-offentlig-version" : first.template());
            int n = used.merge(name, 1, Integer::sum);
            name = name + (n > 1 ? "-" + n : "");
            List<ArchivedDocument> revisions = documents.revisions(first.id());
            ArchivedDocument latest = revisions.get(revisions.size() - 1);
            String base = DATA + folder + "/" + name;
            List<SipContent.Property> properties = new ArrayList<>(List.of(
                    new SipContent.Property("mall", latest.template() + " version " + latest.templateVersion()),
                    new SipContent.Property("dokument-id", "urn:uuid:" + latest.id())));
            if (revisions.size() > 1) {
                properties.add(new SipContent.Property("versioner", "version " + revisions.size() + " av "
                        + revisions.size() + "; första versionen urn:uuid:" + first.id()
                        + " (varje underskrift är en ny version)"));
            }
            if (notes.containsKey(first.id())) {
                properties.add(notes.get(first.id()));
            }
            parts.add(new Part(first, latest, revisions, name, base + "." + latest.format(), base + ".json",
                    List.copyOf(properties)));
        }
        return parts;
    }

    private static int rank(ArchivedDocument d, Map<UUID, String> names) {
        String name = names.getOrDefault(d.id(), d.template());
        if (name.endsWith("-aterkallad")) {
            return 6;
        }
        if (name.startsWith("protokoll-offentlig")) {
            return 3;
        }
        if (name.startsWith("omedelbar-justering")) {
            return 4;
        }
        return switch (d.template()) {
            case "kallelse" -> 0;
            case "handlingar" -> 1;
            case "protokoll" -> 2;
            case "protokollsutdrag" -> 5;
            default -> 7;
        };
    }

    private List<ArchivedDocument> firstRevisions(String subject) {
        List<ArchivedDocument> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            DocumentService.Page p = documents.list(null, subject, page, 200);
            p.items().stream().filter(d -> d.previousRevision() == null).forEach(found::add);
            if ((long) (page + 1) * 200 >= p.total()) {
                return found;
            }
        }
    }

    /** The files of every template version the documents were rendered with, under {@code documentation/mallar/}. */
    List<SipContent.File> templateDocumentation(List<SipContent.File> files) {
        Map<String, String> versions = new TreeMap<>();
        for (SipContent.File f : files) {
            for (SipContent.Property p : f.properties()) {
                if (p.type().equals("mall")) {
                    String[] parts = p.value().split(" version ");
                    versions.put(parts[0] + "/" + parts[1], p.value());
                }
            }
        }
        Instant created = files.stream().map(SipContent.File::created).max(Instant::compareTo).orElse(Instant.EPOCH);
        List<SipContent.File> result = new ArrayList<>();
        for (String key : versions.keySet()) {
            String[] parts = key.split("/");
            TemplateVersion version = templates.resolve(parts[0], parts[1]);
            for (Map.Entry<String, String> file : new TreeMap<>(version.files()).entrySet()) {
                result.add(new SipContent.File("documentation/mallar/" + parts[0] + "/" + parts[1] + "/"
                        + file.getKey(), "Documentation", file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        mime(file.getKey()), created, null, List.of(new SipContent.Property("mall",
                                parts[0] + " version " + parts[1] + ", SHA-256 " + version.sha256())), null, null));
            }
        }
        return result;
    }

    private byte[] snapshot(ArchivedDocument d) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("dokument", d.id().toString());
        envelope.put("titel", d.title());
        envelope.put("mall", d.template());
        envelope.put("mallversion", d.templateVersion());
        envelope.put("format", d.format());
        envelope.put("sha256", d.sha256());
        envelope.put("skapad", d.createdAt().toString());
        envelope.put("skapadAv", d.createdBy());
        if (d.previousRevision() != null) {
            envelope.put("foregaendeVersion", d.previousRevision().toString());
        }
        JsonNode data = documents.dataSnapshot(d.id());
        envelope.set("data", data);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(envelope);
    }

    /** PDF/A-2u for what Handlingar renders; a bundle with uploaded bilagor is plain PDF (its snapshot says which). */
    private SipContent.Format format(ArchivedDocument d) {
        if ("pdf".equals(d.format()) && "handlingar".equals(d.template())
                && !documents.dataSnapshot(d.id()).path("pdfA2uPdfUa1").asBoolean(true)) {
            return MeetingBilagor.PLAIN_PDF;
        }
        return switch (d.format()) {
            case "pdf" -> new SipContent.Format("Acrobat PDF/A - Portable Document Format", "2u", "fmt/478");
            case "html" -> new SipContent.Format("Hypertext Markup Language", "5", "fmt/471");
            case "docx" -> new SipContent.Format("Microsoft Word for Windows", "2007 onwards", "fmt/412");
            default -> new SipContent.Format(d.format(), null, null);
        };
    }

    private static String mime(String file) {
        if (file.endsWith(".css")) {
            return "text/css";
        }
        if (file.endsWith(".json")) {
            return "application/json";
        }
        return "text/plain";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
