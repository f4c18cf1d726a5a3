package se.finsam.handlingar.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.archive.internal.SipContent;
import se.finsam.handlingar.archive.internal.SipWriter;
import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.meeting.Anslag;
import se.finsam.handlingar.meeting.Meeting;
import se.finsam.handlingar.template.TemplateCatalog;
import se.finsam.handlingar.template.TemplateVersion;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a justerat meeting contributes to an archive package: its archived documents (bytes verified against their
 * recorded SHA-256), each document's data snapshot as JSON with its template version, and the events of its record.
 */
@Component
class MeetingRecordContent {

    static final String DATA = "representations/handlingar/data/";
    static final String REPRESENTATION = "Representations/handlingar/data";
    private static final SipContent.Agent SOFTWARE = new SipContent.Agent("programvara:Handlingar", "Handlingar",
            "software", null);

    private final DocumentService documents;
    private final TemplateCatalog templates;
    private final JsonMapper json;

    MeetingRecordContent(DocumentService documents, TemplateCatalog templates, JsonMapper json) {
        this.documents = documents;
        this.templates = templates;
        this.json = json;
    }

    record Content(List<SipContent.File> files, List<SipContent.Event> events, Instant newest) {
    }

    /** The documents of the meeting's record, in the order they belong to it. */
    static List<UUID> documentIds(Meeting meeting) {
        List<UUID> ids = new ArrayList<>();
        if (meeting.protokollDokument() != null) {
            ids.add(meeting.protokollDokument());
        }
        if (meeting.anslag() != null && meeting.anslag().publikDokument() != null
                && !meeting.anslag().publikDokument().equals(meeting.protokollDokument())) {
            ids.add(meeting.anslag().publikDokument());
        }
        return ids;
    }

    Content content(Meeting meeting, String folder, SipContent.Agent forbund) {
        List<SipContent.File> files = new ArrayList<>();
        List<SipContent.Event> events = new ArrayList<>();
        Instant newest = meeting.updatedAt();
        Map<String, Integer> names = new LinkedHashMap<>();
        String protokollPath = null;
        for (UUID id : documentIds(meeting)) {
            ArchivedDocument d = documents.find(id);
            boolean publik = meeting.anslag() != null && id.equals(meeting.anslag().publikDokument())
                    && !id.equals(meeting.protokollDokument());
            String name = publik ? d.template() + "-offentlig-version" : d.template();
            int n = names.merge(name, 1, Integer::sum);
            String base = DATA + folder + "/" + name + (n > 1 ? "-" + n : "");
            String path = base + "." + d.format();
            String dataPath = base + ".json";
            if (id.equals(meeting.protokollDokument())) {
                protokollPath = path;
            }
            List<SipContent.Property> properties = new ArrayList<>(List.of(
                    new SipContent.Property("mall", d.template() + " version " + d.templateVersion()),
                    new SipContent.Property("dokument-id", "urn:uuid:" + d.id())));
            if (publik) {
                properties.add(new SipContent.Property("publicering", "offentlig version av protokollet urn:uuid:"
                        + meeting.protokollDokument() + ": delar som inte får publiceras utelämnade, privatpersoner"
                        + " maskerade; den som anslogs"));
            }
            files.add(new SipContent.File(path, REPRESENTATION, documents.content(id), d.contentType(),
                    d.createdAt(), format(d.format()), properties, dataPath, d.createdBy()));
            files.add(new SipContent.File(dataPath, REPRESENTATION, snapshot(d), "application/json", d.createdAt(),
                    new SipContent.Format("JSON Data Interchange Format", null, "fmt/817"), properties, null,
                    d.createdBy()));
            SipContent.Agent user = new SipContent.Agent("anvandare:" + d.createdBy(), d.createdBy(), "person", null);
            events.add(new SipContent.Event("skapad:" + d.id(), "creation", SipWriter.dateTime(d.createdAt()),
                    "Arkiverad i Handlingar ur mallen " + d.template() + " version " + d.templateVersion()
                            + ", SHA-256 " + d.sha256() + ".",
                    List.of(user, SOFTWARE), List.of(path, dataPath)));
            newest = d.createdAt().isAfter(newest) ? d.createdAt() : newest;
        }
        if (meeting.justeringsdatum() != null && protokollPath != null) {
            List<SipContent.Agent> by = meeting.justeradAv().stream()
                    .map(name -> new SipContent.Agent("person:" + name, name, "person", null)).toList();
            events.add(new SipContent.Event("justering:" + meeting.id(), "justering",
                    meeting.justeringsdatum().toString(),
                    "Protokollet justerades av " + String.join(" och ", meeting.justeradAv()) + ".", by,
                    List.of(protokollPath)));
            Anslag a = meeting.anslag();
            if (a != null) {
                events.add(new SipContent.Event("anslag:" + meeting.id(), "anslag", a.uppsatt().toString(),
                        "Justeringen tillkännagavs genom anslag på förbundets digitala anslagstavla från "
                                + a.uppsatt() + " till " + a.nedtas() + " (KL 8 kap. 12 §). Protokollet förvaras på "
                                + a.forvaringsplats() + ".",
                        List.of(forbund), List.of(protokollPath)));
            }
        }
        return new Content(files, events, newest);
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
        envelope.set("data", documents.dataSnapshot(d.id()));
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(envelope);
    }

    private static SipContent.Format format(String code) {
        return switch (code) {
            case "pdf" -> new SipContent.Format("Acrobat PDF/A - Portable Document Format", "2u", "fmt/478");
            case "html" -> new SipContent.Format("Hypertext Markup Language", "5", "fmt/471");
            case "docx" -> new SipContent.Format("Microsoft Word for Windows", "2007 onwards", "fmt/412");
            default -> new SipContent.Format(code, null, null);
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
