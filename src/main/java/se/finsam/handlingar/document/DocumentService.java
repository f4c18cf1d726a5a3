package se.finsam.handlingar.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.render.DocumentRenderer;
import se.finsam.handlingar.render.OutputFormat;
import se.finsam.handlingar.render.PdfFinishing;
import se.finsam.handlingar.render.RenderBusyException;
import se.finsam.handlingar.render.RenderException;
import se.finsam.handlingar.render.RenderRequest;
import se.finsam.handlingar.render.RenderedDocument;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import se.finsam.handlingar.template.TemplateCatalog;
import se.finsam.handlingar.template.TemplateRenderException;
import se.finsam.handlingar.template.TemplateStatus;
import se.finsam.handlingar.template.TemplateKind;
import se.finsam.handlingar.template.TemplateVersion;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks, previews and archives documents. Nothing is stored unless the data passes the schema and every domain
 * check without an ERROR, and the render succeeds.
 */
@Service
public class DocumentService {

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    private final TemplateCatalog templates;
    private final DocumentRenderer renderer;
    private final DataSchemaCheck schemaCheck;
    private final List<DocumentCheck> checks;
    private final List<DocumentFinishing> finishings;
    private final List<DocumentSealing> sealings;
    private final List<DocumentDataEnricher> enrichers;
    private final List<DocumentFormatWriter> writers;
    private final List<RecordRoute> routes;
    private final ApplicationEventPublisher events;
    private final DocumentArchive archive;
    private final DocumentStorage storage;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    /** Registering looks the meter up by sorted tags every time; per request that shows in the HTTP profile. */
    private static final int TITLE_MAX = 300;
    private final Map<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    DocumentService(TemplateCatalog templates, DocumentRenderer renderer, DataSchemaCheck schemaCheck,
            List<DocumentCheck> checks, List<DocumentFinishing> finishings, List<DocumentSealing> sealings,
            List<DocumentDataEnricher> enrichers, List<DocumentFormatWriter> writers, List<RecordRoute> routes,
            ApplicationEventPublisher events,
            DocumentArchive archive,
            DocumentStorage storage, TransactionTemplate transactions, JsonMapper json, Clock clock,
            MeterRegistry meters) {
        this.templates = templates;
        this.renderer = renderer;
        this.schemaCheck = schemaCheck;
        this.checks = checks;
        this.finishings = finishings;
        this.sealings = sealings;
        this.enrichers = enrichers;
        this.writers = writers;
        this.routes = routes;
        this.events = events;
        this.archive = archive;
        this.storage = storage;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    /** A rendered document together with the findings that did not stop it. */
    public record Outcome<T>(T result, List<Finding> findings) {
    }

    public List<Finding> check(DocumentRequest request) {
        Prepared prepared = prepare(request, false);
        return prepared.findings();
    }

    public Outcome<RenderedDocument> preview(DocumentRequest request) {
        Prepared prepared = prepare(request, false);
        refuseOn(prepared.findings(), true);
        return new Outcome<>(render(prepared), prepared.findings());
    }

    /** Renders any version, draft or published, as its author's preview. */
    public Outcome<RenderedDocument> previewVersion(String templateId, String version, String format, JsonNode data) {
        Prepared prepared = prepare(new DocumentRequest(templateId, version, format, data), false);
        refuseOn(prepared.findings(), true);
        return new Outcome<>(render(prepared), prepared.findings());
    }

    /**
     * Archives a free-standing document ({@code POST /api/documents}). Templates a domain module reserves for its own
     * flow ({@link RecordRoute}, e.g. the protokoll) are refused with 409 naming that flow's route.
     */
    public Outcome<ArchivedDocument> create(DocumentRequest request, String user) {
        refuseReserved(request);
        return archiveRecord(request, user, null);
    }

    /** Archives a record of a domain flow, linked to its subject; for a sole link the database keeps it unique. */
    public Outcome<ArchivedDocument> createRecord(DocumentRequest request, String user, RecordLink link) {
        return archiveRecord(request, user, link);
    }

    /**
     * Checks and renders the document and writes its bytes, outside any transaction; nothing refers to them until
     * {@link #commit}. 422 on a finding with severity ERROR, nothing written.
     */
    public StagedDocument stage(DocumentRequest request, String user, RecordLink link) {
        long start = System.nanoTime();
        Prepared prepared = prepare(request, true);
        refuseOn(prepared.findings(), false);
        RenderedDocument rendered = render(prepared);
        byte[] content = rendered.content();
        if (prepared.format() == OutputFormat.PDF) {
            for (DocumentSealing sealing : sealings) {
                if (sealing.appliesTo(prepared.version().templateId())) {
                    content = sealing.seal(content);
                }
            }
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ArchivedDocument document = new ArchivedDocument(id, prepared.version().templateId(),
                prepared.version().version(), prepared.format().code(), rendered.contentType(),
                listedTitle(rendered.title()), sha256(content), content.length, rendered.pages(), now, user, null, null,
                link == null ? null : link.subject());
        String key = storage.write(document.id(), document.format(), document.createdAt(), content);
        return new StagedDocument(document, json.writeValueAsString(request.data()), key,
                link == null ? null : link.soleKey(document.template()), prepared.findings(), start);
    }

    /**
     * Inserts the archive row of a staged document, in the caller's transaction when there is one. A second sole
     * record of the same subject fails with 409 (the database's unique constraint); the caller then discards.
     */
    public ArchivedDocument commit(StagedDocument staged) {
        try {
            transactions.executeWithoutResult(tx -> {
                archive.insert(staged.document(), staged.dataSnapshot(), staged.storageKey(), staged.soleKey());
                events.publishEvent(archived(staged.document()));
            });
        } catch (DuplicateKeyException e) {
            // inside the caller's transaction the database refuses further statements after the failed insert
            ArchivedDocument existing = TransactionSynchronizationManager.isActualTransactionActive() ? null
                    : archive.findBySoleKey(staged.soleKey()).orElse(null);
            throw ProblemException.conflict(existing == null
                    ? "Det finns redan ett arkiverat dokument av det slaget för " + staged.document().subject() + "."
                    : "Det finns redan ett arkiverat dokument " + existing.id() + " (" + existing.template()
                            + ") för " + existing.subject() + "; det får bara finnas ett.");
        }
        logArchived(staged.document(), staged.startNanos());
        return staged.document();
    }

    /** Removes the bytes of a staged document that will not be committed. */
    public void discard(StagedDocument staged) {
        storage.deleteQuietly(staged.storageKey());
    }

    private Outcome<ArchivedDocument> archiveRecord(DocumentRequest request, String user, RecordLink link) {
        StagedDocument staged = stage(request, user, link);
        try {
            return new Outcome<>(commit(staged), staged.findings());
        } catch (RuntimeException e) {
            discard(staged);
            throw e;
        }
    }

    private void refuseReserved(DocumentRequest request) {
        if (request == null || request.template() == null) {
            return;
        }
        for (RecordRoute route : routes) {
            route.routeFor(request.template()).ifPresent(path -> {
                throw new ProblemException(HttpStatus.CONFLICT, "Arkiveras genom sitt flöde",
                        "Dokument av mallen \"" + request.template() + "\" arkiveras bara genom " + path
                                + ", så att det finns en enda giltig handling; förhandsgranska med POST /api/previews.",
                        List.of(new FieldProblem("/template", "Arkiveras genom " + path + ".")),
                        Map.of("route", path));
            });
        }
    }

    /**
     * Archives bytes produced outside the render pipeline (e.g. a merged bundle) like any document: stored once, hashed,
     * with its data snapshot. The named template version must be published; it records what the bytes were built with.
     */
    public ArchivedDocument archiveProduced(ProducedDocument produced, String user) {
        return archiveProduced(produced, user, null);
    }

    /**
     * The title as archive lists show it, at most {@value #TITLE_MAX} characters (the column); a longer one, from data
     * a template put in its {@code <title>}, is cut with an ellipsis. The document itself keeps its whole title.
     */
    static String listedTitle(String title) {
        if (title == null || title.length() <= TITLE_MAX) {
            return title;
        }
        int end = Character.isHighSurrogate(title.charAt(TITLE_MAX - 2)) ? TITLE_MAX - 2 : TITLE_MAX - 1;
        return title.substring(0, end) + "…";
    }

    /** {@link #archiveProduced(ProducedDocument, String)} as a record of a subject (not sole); {@code link} may be null. */
    public ArchivedDocument archiveProduced(ProducedDocument produced, String user, RecordLink link) {
        long start = System.nanoTime();
        TemplateVersion version = templates.resolvePublished(produced.template(), produced.templateVersion());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ArchivedDocument document = new ArchivedDocument(id, version.templateId(), version.version(), produced.format(),
                produced.contentType(), listedTitle(produced.title()), sha256(produced.content()), produced.content().length,
                produced.pages(), now, user, null, null, link == null ? null : link.subject());
        store(document, produced.data(), produced.content(), start);
        return document;
    }

    /**
     * Archives bytes made from an archived revision (a signature added, a seal) as its successor: a new id, file and
     * hash, the same template version and data snapshot, linked to {@code previousId}. A revision has at most one
     * successor: 409 when {@code previousId} already has one (someone else signed it first).
     */
    public ArchivedDocument archiveRevision(UUID previousId, byte[] content, String user) {
        ArchivedDocument previous = find(previousId);
        if (previous.nextRevision() != null) {
            throw newerRevision(previous);
        }
        String snapshot = archive.dataSnapshot(previousId).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ArchivedDocument document = new ArchivedDocument(UUID.randomUUID(), previous.template(),
                previous.templateVersion(), previous.format(), previous.contentType(), previous.title(), sha256(content),
                content.length, previous.pages(), now, user, previousId, null, previous.subject());
        try {
            storeSnapshot(document, snapshot, content, System.nanoTime());
        } catch (DataIntegrityViolationException e) {
            throw newerRevision(find(previousId));
        }
        return document;
    }

    /**
     * Withdraws a record: every revision of the chain {@code id} belongs to moves to {@code subject + "/aterkallad"}
     * (still listed there, still verified against its hash) and frees the subject's sole place, so a new record can
     * take it. The bytes and data never change. Returns the revisions moved.
     */
    public List<ArchivedDocument> withdrawRecord(UUID id) {
        List<ArchivedDocument> chain = revisions(id);
        String subject = chain.get(0).subject();
        if (subject == null || subject.endsWith(ArchivedDocument.WITHDRAWN_SUFFIX)) {
            throw new IllegalStateException("document " + id + " is no record or already withdrawn");
        }
        archive.relink(chain.stream().map(ArchivedDocument::id).toList(), subject + ArchivedDocument.WITHDRAWN_SUFFIX);
        return revisions(id);
    }

    /** The newest revision of the chain {@code id} belongs to ({@code id} itself when nothing was made from it). */
    public ArchivedDocument latestRevision(UUID id) {
        ArchivedDocument current = find(id);
        while (current.nextRevision() != null) {
            current = find(current.nextRevision());
        }
        return current;
    }

    /** Every revision of the chain {@code id} belongs to, oldest first. */
    public List<ArchivedDocument> revisions(UUID id) {
        ArchivedDocument current = find(id);
        while (current.previousRevision() != null) {
            current = find(current.previousRevision());
        }
        List<ArchivedDocument> chain = new ArrayList<>(List.of(current));
        while (current.nextRevision() != null) {
            current = find(current.nextRevision());
            chain.add(current);
        }
        return chain;
    }

    private static ProblemException newerRevision(ArchivedDocument document) {
        return new ProblemException(HttpStatus.CONFLICT, "Det finns en nyare version",
                "Dokument " + document.id() + " har redan en nyare version (" + document.nextRevision()
                        + "); arbeta vidare på den.", List.of(), Map.of("nextRevision", document.nextRevision()));
    }

    /** The bytes first (written once, atomically), then the row; a failed insert leaves no file behind. */
    private void store(ArchivedDocument document, Object dataSnapshot, byte[] content, long startNanos) {
        storeSnapshot(document, json.writeValueAsString(dataSnapshot), content, startNanos);
    }

    private void storeSnapshot(ArchivedDocument document, String dataSnapshot, byte[] content, long startNanos) {
        String key = storage.write(document.id(), document.format(), document.createdAt(), content);
        try {
            transactions.executeWithoutResult(tx -> {
                archive.insert(document, dataSnapshot, key, null);
                events.publishEvent(archived(document));
            });
        } catch (RuntimeException e) {
            storage.deleteQuietly(key);
            throw e;
        }
        logArchived(document, startNanos);
    }

    private static AuditEvent archived(ArchivedDocument d) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("template", d.template() + "@" + d.templateVersion());
        details.put("sha256", d.sha256());
        details.put("bytes", d.sizeBytes());
        if (d.subject() != null) {
            details.put("subject", d.subject());
        }
        if (d.previousRevision() != null) {
            details.put("previousRevision", d.previousRevision().toString());
        }
        return AuditEvent.of("document.archived", "document", d.id(), details).by(d.createdBy());
    }

    private void logArchived(ArchivedDocument document, long startNanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        log.atInfo()
                .addKeyValue("documentId", document.id())
                .addKeyValue("template", document.template())
                .addKeyValue("templateVersion", document.templateVersion())
                .addKeyValue("format", document.format())
                .addKeyValue("pages", document.pages())
                .addKeyValue("bytes", document.sizeBytes())
                .addKeyValue("ms", ms)
                .log("Archived document {} template={} version={} format={} pages={} bytes={} ms={}", document.id(),
                        document.template(), document.templateVersion(), document.format(), document.pages(),
                        document.sizeBytes(), ms);
    }

    public ArchivedDocument find(UUID id) {
        return archive.find(id).orElseThrow(() -> ProblemException.notFound("Dokumentet " + id + " finns inte."));
    }

    public record Page(List<ArchivedDocument> items, int page, int size, long total) {
    }

    public Page list(String templateId, int page, int size) {
        return list(templateId, null, page, size);
    }

    /** Newest first; template and subject (e.g. {@code meeting/<id>}) may be null. */
    public Page list(String templateId, String subject, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.invalid("/size", "page ska vara 0 eller mer och size 1–200.");
        }
        return new Page(archive.list(templateId, subject, page, size), page, size, archive.count(templateId, subject));
    }

    /** A document whose stored bytes do not match the hash recorded when it was archived, or are missing. */
    public record ArchiveProblem(UUID id, String storageKey, String problem) {
    }

    /** The result of reading every archived document back and comparing it with its recorded SHA-256. */
    public record ArchiveVerification(int documents, List<ArchiveProblem> problems) {
        /** In the JSON too ({@code "intact": true}), as in {@code /api/audit/verify}. */
        @com.fasterxml.jackson.annotation.JsonProperty("intact")
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** Reads every archived document's bytes and compares them with the recorded SHA-256 (after a restore, say). */
    public ArchiveVerification verifyArchive() {
        List<String[]> rows = archive.hashes();
        List<ArchiveProblem> problems = new ArrayList<>();
        for (String[] row : rows) {
            UUID id = UUID.fromString(row[0]);
            try {
                if (!sha256(storage.read(row[2])).equals(row[1])) {
                    problems.add(new ArchiveProblem(id, row[2], "Innehållet stämmer inte med kontrollsumman."));
                }
            } catch (java.io.UncheckedIOException e) {
                problems.add(new ArchiveProblem(id, row[2], "Filen saknas eller kan inte läsas."));
            }
        }
        return new ArchiveVerification(rows.size(), problems);
    }

    /** The archived bytes, verified against the hash recorded when they were archived. */
    public byte[] content(UUID id) {
        ArchivedDocument document = find(id);
        byte[] bytes = storage.read(archive.storageKey(id).orElseThrow());
        if (!sha256(bytes).equals(document.sha256())) {
            throw new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "Arkivet är skadat",
                    "Innehållet i dokument " + id + " stämmer inte med sin kontrollsumma och lämnas inte ut.");
        }
        return bytes;
    }

    public JsonNode dataSnapshot(UUID id) {
        return json.readTree(archive.dataSnapshot(id)
                .orElseThrow(() -> ProblemException.notFound("Dokumentet " + id + " finns inte.")));
    }

    private record Prepared(TemplateVersion version, OutputFormat format, JsonNode data, List<Finding> findings) {
    }

    private Prepared prepare(DocumentRequest request, boolean publishedOnly) {
        if (request == null) {
            throw ProblemException.invalid("", "Begäran saknar innehåll.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request.template() == null || request.template().isBlank()) {
            problems.add(new FieldProblem("/template", "Ange mallens id, t.ex. \"kallelse\"."));
        }
        OutputFormat format = OutputFormat.fromCode(request.format() == null ? "pdf" : request.format());
        if (format == null) {
            problems.add(new FieldProblem("/format", "Okänt format \"" + request.format() + "\". Tillåtna: pdf, html, docx."));
        }
        if (request.data() == null || !request.data().isObject()) {
            problems.add(new FieldProblem("/data", "Ange uppgifterna som ett JSON-objekt under \"data\"."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Begäran är ofullständig.", problems);
        }
        TemplateVersion version = publishedOnly
                ? templates.resolvePublished(request.template(), request.templateVersion())
                : templates.resolve(request.template(), request.templateVersion());
        if (version.kind() == TemplateKind.SHARED) {
            throw ProblemException.invalid("/template", "\"" + version.templateId()
                    + "\" är husstil (delade mallfiler som andra mallar använder) och kan inte ge ett dokument.");
        }
        if (version.status() == TemplateStatus.DRAFT && !mayRenderDrafts()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Åtkomst nekad",
                    "Version " + version.version() + " av \"" + version.templateId() + "\" är ett utkast; bara "
                            + "mallförvaltare (ADMIN, KANSLI) kan förhandsgranska utkast.",
                    List.of(new FieldProblem("/templateVersion", "Utkast kan bara förhandsgranskas av ADMIN eller KANSLI")));
        }
        if (!version.manifest().supports(format.code())) {
            throw ProblemException.invalid("/format", "Mallen \"" + version.templateId() + "\" kan inte ge formatet "
                    + format.code() + ". Tillåtna: " + String.join(", ", version.manifest().formats()) + ".");
        }
        long checkStart = System.nanoTime();
        List<Finding> findings = new ArrayList<>(schemaCheck.check(version, request.data()));
        if (findings.isEmpty()) {
            for (DocumentCheck check : checks) {
                if (check.appliesTo(version.kind().id())) {
                    check.check(request.data()).forEach(f -> findings.add(f.withPointerPrefix("/data")));
                }
            }
        }
        timer("handlingar.checks", "Schema and domain checks of a document request", version.templateId(), null)
                .record(System.nanoTime() - checkStart, TimeUnit.NANOSECONDS);
        return new Prepared(version, format, request.data(), List.copyOf(findings));
    }

    /** Drafts are the template managers' work in progress; other roles see published versions only. */
    private static boolean mayRenderDrafts() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN")
                || a.getAuthority().equals("ROLE_KANSLI"));
    }

    private static void refuseOn(List<Finding> findings, boolean onlySchema) {
        List<Finding> errors = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> !onlySchema || f.code().startsWith("schema."))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Uppgifterna innehåller fel",
                    errors.size() == 1 ? "1 fel måste rättas." : errors.size() + " fel måste rättas.",
                    errors.stream().map(f -> new FieldProblem(f.pointer(), f.message())).toList(),
                    Map.of("findings", errors));
        }
    }

    private DocumentFormatWriter writer(String kind, OutputFormat format) {
        return writers.stream().filter(w -> w.supports(kind, format)).findFirst().orElse(null);
    }

    private Timer timer(String name, String description, String template, String format) {
        return timers.computeIfAbsent(name + '\u0000' + template + '\u0000' + format, key -> {
            Timer.Builder builder = Timer.builder(name).description(description).tag("template", template);
            if (format != null) {
                builder.tag("format", format);
            }
            return builder.register(meters);
        });
    }

    private RenderedDocument render(Prepared prepared) {
        long start = System.nanoTime();
        try {
            return renderUntimed(prepared);
        } finally {
            timer("handlingar.render", "Rendering a document (enrichment, template, layout, finishing)",
                    prepared.version().templateId(), prepared.format().code())
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private RenderedDocument renderUntimed(Prepared prepared) {
        JsonNode enriched = prepared.data();
        for (DocumentDataEnricher enricher : enrichers) {
            if (enricher.appliesTo(prepared.version().kind().id())) {
                enriched = enricher.enrich(enriched);
            }
        }
        DocumentFormatWriter writer = writer(prepared.version().kind().id(), prepared.format());
        try {
            if (writer != null) {
                return writer.write(prepared.version(), enriched);
            }
            Map<String, Object> data = json.convertValue(enriched, new TypeReference<Map<String, Object>>() { });
            List<PdfFinishing> steps = prepared.format() != OutputFormat.PDF ? List.of() : finishings.stream()
                    .filter(f -> f.appliesTo(prepared.version().kind().id()))
                    .map(f -> f.finishing(prepared.data()))
                    .toList();
            return renderer.render(new RenderRequest(prepared.version(), data, prepared.format(),
                    documentDate(prepared), steps));
        } catch (TemplateRenderException e) {
            Map<String, Object> where = new java.util.LinkedHashMap<>();
            where.put("file", e.file());
            if (e.line() != null) {
                where.put("line", e.line());
                where.put("column", e.column());
            }
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Mallen kunde inte tillämpas", e.getMessage(),
                    List.of(new FieldProblem("/data", e.getMessage())), where);
        } catch (RenderBusyException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Upptaget", e.getMessage());
        } catch (RenderException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Dokumentet kunde inte skapas", e.getMessage(),
                    List.of(new FieldProblem("/data", e.getMessage())));
        }
    }

    private static LocalDate documentDate(Prepared prepared) {
        String pointer = prepared.version().manifest().dateField();
        if (pointer == null) {
            return null;
        }
        for (String candidate : pointer.split("\\|")) {
            JsonNode node;
            try {
                node = prepared.data().at(candidate.strip());
            } catch (RuntimeException e) {
                // a version stored before dateField was checked at creation; the date is optional metadata
                continue;
            }
            if (node.isString()) {
                try {
                    return LocalDate.parse(node.asString());
                } catch (DateTimeParseException e) {
                    // try the next pointer
                }
            }
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
