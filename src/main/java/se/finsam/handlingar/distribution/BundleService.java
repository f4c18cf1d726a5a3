package se.finsam.handlingar.distribution;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentRequest;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.document.ProducedDocument;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Uploaded bilagor and "handlingar" bundles: a cover page listing the parts, the kallelse and its bilagor (archived
 * documents or uploads) merged into one PDF and archived as a document of template {@code handlingar}.
 */
@Service
public class BundleService {

    static final String TEMPLATE = "handlingar";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final DocumentService documents;
    private final UploadStore uploads;
    private final DistributionProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    BundleService(DocumentService documents, UploadStore uploads, DistributionProperties properties, JsonMapper json,
            Clock clock, org.springframework.context.ApplicationEventPublisher events, UploadLimits limits,
            SignedParts signedParts) {
        this.limits = limits;
        this.signedParts = signedParts;
        this.events = events;
        this.documents = documents;
        this.uploads = uploads;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    private static final int MAX_UPLOAD_TEXT = 300;
    private final UploadLimits limits;
    private final SignedParts signedParts;

    /** One bilaga: its number in the kallelse and either an archived document or an upload. */
    public record BilagaRef(Integer nummer, UUID dokument, UUID uppladdning, String titel) {
    }

    public record BundleRequest(UUID kallelse, List<BilagaRef> bilagor) {
    }

    /**
     * @param signeradeDelar the parts that were signed files: the merged copy does not carry their signatures; each
     *                       names its signers and the signed original ({@code signeratOriginal}: id, SHA-256, address)
     */
    public record Bundle(ArchivedDocument document, boolean pdfA2uPdfUa1, JsonNode delar, JsonNode signeradeDelar) {
    }

    public Upload upload(String filename, String title, byte[] content, String user) {
        if (content.length > properties.maxUploadSize().toBytes()) {
            throw new ProblemException(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE, "För stor fil",
                    "Filen är större än gränsen på " + properties.maxUploadSize().toBytes()
                            + " byte (handlingar.distribution.max-upload-size).");
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkText(filename, "/filnamn", "Filnamnet", problems);
        checkText(title, "/titel", "Titeln", problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.get(0).message(), problems);
        }
        int pages = UploadCheck.pages(content, limits);
        String name = filename == null || filename.isBlank() ? "bilaga.pdf" : filename.strip();
        Upload upload = new Upload(UUID.randomUUID(), name,
                title == null || title.isBlank() ? null : title.strip(), sha256(content), content.length, pages,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), user);
        uploads.insert(upload, content);
        events.publishEvent(se.finsam.handlingar.audit.AuditEvent.of("distribution.upload", "upload", upload.id(),
                java.util.Map.of("filename", upload.filename(), "sha256", upload.sha256(), "bytes", content.length)));
        return upload;
    }

    /** Name and title are stored in 300 characters and printed in the bundle: no control characters. */
    private static void checkText(String value, String pointer, String what, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (value.strip().length() > MAX_UPLOAD_TEXT) {
            problems.add(new FieldProblem(pointer, what + " får vara högst " + MAX_UPLOAD_TEXT + " tecken (nu "
                    + value.strip().length() + ")."));
        } else if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF)
                || !isWellFormed(value)) {
            problems.add(new FieldProblem(pointer, what + " innehåller styrtecken."));
        }
    }

    private static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public Upload findUpload(UUID id) {
        return uploads.find(id).orElseThrow(() -> ProblemException.notFound("Uppladdningen " + id + " finns inte."));
    }

    /** The bytes of an uploaded bilaga, checked against the SHA-256 recorded at upload (e.g. for archive packages). */
    public byte[] uploadContent(UUID id) {
        Upload upload = findUpload(id);
        byte[] content = uploads.content(id).orElseThrow(() -> ProblemException.notFound(
                "Uppladdningen " + id + " finns inte."));
        if (!sha256(content).equals(upload.sha256())) {
            throw new IllegalStateException("upload " + id + " does not match its recorded SHA-256");
        }
        return content;
    }

    public Bundle create(BundleRequest request, String user) {
        if (request == null || request.kallelse() == null) {
            throw ProblemException.invalid("/kallelse", "Ange kallelsens dokument-id.");
        }
        ArchivedDocument kallelse = archived(request.kallelse(), "/kallelse");
        if (!"kallelse".equals(kallelse.template()) || !"pdf".equals(kallelse.format())) {
            throw ProblemException.invalid("/kallelse", "Dokumentet " + kallelse.id() + " är ingen kallelse i PDF.");
        }
        JsonNode data = documents.dataSnapshot(kallelse.id());
        Map<Integer, String> listed = listedBilagor(data);
        List<BilagaRef> refs = request.bilagor() == null ? List.of() : request.bilagor();
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, BilagaRef> byNumber = new TreeMap<>();
        for (int i = 0; i < refs.size(); i++) {
            BilagaRef ref = refs.get(i);
            String at = "/bilagor/" + i;
            if (ref.nummer() == null) {
                problems.add(new FieldProblem(at + "/nummer", "Ange bilagans nummer."));
            } else if (!listed.containsKey(ref.nummer())) {
                problems.add(new FieldProblem(at + "/nummer", "Kallelsen har ingen bilaga " + ref.nummer()
                        + ". Den nämner " + (listed.isEmpty() ? "inga bilagor" : "bilaga " + listed.keySet()) + "."));
            } else if (byNumber.putIfAbsent(ref.nummer(), ref) != null) {
                problems.add(new FieldProblem(at + "/nummer", "Bilaga " + ref.nummer() + " anges två gånger."));
            }
            if ((ref.dokument() == null) == (ref.uppladdning() == null)) {
                problems.add(new FieldProblem(at, "Ange antingen dokument (arkiverat dokument) eller uppladdning."));
            }
        }
        for (Integer nummer : listed.keySet()) {
            if (!byNumber.containsKey(nummer)) {
                problems.add(new FieldProblem("/bilagor", "Bilaga " + nummer + " (" + listed.get(nummer)
                        + ") nämns i kallelsen men saknas."));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Bilagorna stämmer inte med kallelsen.", problems);
        }

        List<PdfBundler.Part> parts = new ArrayList<>();
        ArrayNode delar = json.createArrayNode();
        boolean conformant = true;
        byte[] kallelsePdf = documents.content(kallelse.id());
        parts.add(new PdfBundler.Part("Kallelse och föredragningslista", "Kallelse: ", kallelsePdf));
        ObjectNode kallelseDel = del("Kallelse", "Kallelse och föredragningslista", kallelse.pages(), "dokument",
                kallelse.id());
        signedParts.note(kallelseDel, kallelsePdf, "dokument", kallelse.id(), kallelse.sha256());
        delar.add(kallelseDel);
        for (BilagaRef ref : byNumber.values()) {
            String at = "/bilagor/" + refs.indexOf(ref);
            String title = firstNonBlank(ref.titel(), listed.get(ref.nummer()));
            byte[] pdf;
            int pages;
            ObjectNode del;
            if (ref.dokument() != null) {
                // the newest revision, as send orders and archive packages use it: the signed one once signed
                ArchivedDocument doc = documents.latestRevision(archived(ref.dokument(), at + "/dokument").id());
                if (!"pdf".equals(doc.format())) {
                    throw ProblemException.invalid(at + "/dokument", "Dokumentet " + doc.id() + " är ingen PDF.");
                }
                title = firstNonBlank(title, doc.title());
                pdf = documents.content(doc.id());
                pages = doc.pages();
                del = del("Bilaga " + ref.nummer(), title, pages, "dokument", doc.id());
                signedParts.note(del, pdf, "dokument", doc.id(), doc.sha256());
            } else {
                Upload upload = uploads.find(ref.uppladdning()).orElseThrow(() -> ProblemException.invalid(
                        at + "/uppladdning", "Uppladdningen " + ref.uppladdning() + " finns inte."));
                title = firstNonBlank(title, upload.title(), upload.filename());
                pdf = uploads.content(upload.id()).orElseThrow();
                pages = upload.pages();
                del = del("Bilaga " + ref.nummer(), title, pages, "uppladdning", upload.id());
                signedParts.note(del, pdf, "uppladdning", upload.id(), upload.sha256());
                conformant = false;
            }
            del.put("nummer", ref.nummer());
            delar.add(del);
            parts.add(new PdfBundler.Part("Bilaga " + ref.nummer() + ": " + title, "Bilaga " + ref.nummer() + ": ", pdf));
        }

        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        ObjectNode cover = coverData(data, today, delar, 1);
        var rendered = documents.preview(new DocumentRequest(TEMPLATE, null, "pdf", cover)).result();
        byte[] coverPdf = rendered.content();
        int coverPages = rendered.pages();
        if (coverPages != 1) {
            cover = coverData(data, today, delar, coverPages);
            coverPdf = documents.preview(new DocumentRequest(TEMPLATE, null, "pdf", cover)).result().content();
        }
        List<PdfBundler.Part> all = new ArrayList<>();
        all.add(new PdfBundler.Part("Innehåll", "Innehåll: ", coverPdf));
        all.addAll(parts);
        PdfBundler.Result merged = PdfBundler.bundle(all, conformant);

        ObjectNode snapshot = json.createObjectNode();
        snapshot.put("kallelse", kallelse.id().toString());
        snapshot.put("pdfA2uPdfUa1", conformant);
        snapshot.set("forsattsblad", cover);
        snapshot.set("delar", delar);
        String title = "Handlingar till " + organGenitiv(data).toLowerCase(java.util.Locale.ROOT) + " sammanträde "
                + data.path("datum").asString("");
        // a record of the kallelse's meeting, so the meeting's archive package holds what was sent out
        ArchivedDocument archived = documents.archiveProduced(new ProducedDocument(TEMPLATE, null, "pdf",
                "application/pdf", title, merged.pdf(), merged.pages(), snapshot), user,
                kallelse.subject() == null ? null : se.finsam.handlingar.document.RecordLink.of(kallelse.subject()));
        ArrayNode signed = json.createArrayNode();
        for (JsonNode del : delar) {
            if (del.has("signeratOriginal")) {
                ObjectNode part = signed.addObject();
                part.put("beteckning", del.path("beteckning").asString());
                part.put("titel", del.path("titel").asString());
                part.set("signaturer", del.path("signaturer"));
                part.set("signeratOriginal", del.path("signeratOriginal"));
            }
        }
        return new Bundle(archived, conformant, delar, signed);
    }

    private ObjectNode coverData(JsonNode kallelse, LocalDate today, ArrayNode delar, int coverPages) {
        ObjectNode cover = json.createObjectNode();
        cover.put("forbund", kallelse.path("forbund").asString());
        cover.put("organ", kallelse.path("organ").asString());
        if (kallelse.hasNonNull("organGenitiv")) {
            cover.put("organGenitiv", kallelse.path("organGenitiv").asString());
        }
        cover.put("datum", kallelse.path("datum").asString());
        cover.put("sammanstalld", today.toString());
        ArrayNode list = cover.putArray("delar");
        int page = coverPages + 1;
        for (JsonNode del : delar) {
            ObjectNode item = list.addObject();
            item.put("beteckning", del.path("beteckning").asString());
            item.put("titel", del.path("titel").asString());
            item.put("sidor", del.path("sidor").asInt());
            item.put("forstaSida", page);
            if (del.has("signeratOriginal")) {
                item.set("signerad", signedParts.cover((ObjectNode) del));
            }
            page += del.path("sidor").asInt();
        }
        return cover;
    }

    private ObjectNode del(String beteckning, String titel, Integer pages, String kind, UUID id) {
        ObjectNode del = json.createObjectNode();
        del.put("beteckning", beteckning);
        del.put("titel", titel);
        del.put("sidor", pages == null ? 0 : pages);
        del.put(kind, id.toString());
        return del;
    }

    private ArchivedDocument archived(UUID id, String pointer) {
        try {
            return documents.find(id);
        } catch (ProblemException e) {
            throw ProblemException.invalid(pointer, "Dokumentet " + id + " finns inte i arkivet.");
        }
    }

    /** bilaga number → title, as the kallelse's agenda items list them. */
    static Map<Integer, String> listedBilagor(JsonNode kallelse) {
        Map<Integer, String> listed = new TreeMap<>();
        for (JsonNode punkt : kallelse.path("punkter")) {
            for (JsonNode bilaga : punkt.path("bilagor")) {
                listed.putIfAbsent(bilaga.path("nummer").asInt(), bilaga.path("titel").asString(punkt.path("rubrik").asString("")));
            }
        }
        return listed;
    }

    private static String organGenitiv(JsonNode data) {
        if (data.hasNonNull("organGenitiv")) {
            return data.path("organGenitiv").asString();
        }
        String organ = data.path("organ").asString("");
        return organ.endsWith("s") ? organ : organ + "s";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "Bilaga";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
