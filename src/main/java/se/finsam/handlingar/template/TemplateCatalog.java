package se.finsam.handlingar.template;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;

import se.finsam.handlingar.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.handlingar.system.BindingMessages;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.JsonPointers;
import se.finsam.handlingar.system.ProblemException;
import se.finsam.handlingar.template.TemplateStore.StoredVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Versioned templates: list, resolve, create drafts, change drafts, publish. Published versions are frozen.
 */
@Service
public class TemplateCatalog {

    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    private static final String FILE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    private final TemplateStore store;
    private final TemplateProcessor processor;
    private final JsonMapper json;
    private final Clock clock;
    /**
     * Published versions never change; the most used stay in memory, bounded by the characters of their files (every
     * version is a set of files, each up to the request size limit).
     */
    private final Cache<String, TemplateVersion> published = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024)
            .weigher((String key, TemplateVersion version) -> TemplateProcessor.chars(version.files()))
            .expireAfterAccess(Duration.ofHours(6))
            .build();
    private final ApplicationEventPublisher events;

    TemplateCatalog(TemplateStore store, TemplateProcessor processor, JsonMapper json, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.processor = processor;
        this.json = json;
        this.clock = clock;
    }

    public List<TemplateSummary> list() {
        List<TemplateSummary> result = new ArrayList<>();
        store.titles().forEach((id, title) -> result.add(new TemplateSummary(id, title, store.versions(id).stream()
                .map(v -> new TemplateSummary.VersionSummary(v.version(), v.status(), v.sha256())).toList())));
        return result;
    }

    /** The named version, or the newest published one when {@code version} is null. */
    public TemplateVersion resolve(String templateId, String version) {
        if (templateId == null || !store.templateExists(templateId)) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "Okänd mall",
                    "Mallen \"" + templateId + "\" finns inte.", List.of(new FieldProblem("/template", "Okänd mall")));
        }
        StoredVersion stored = (version == null
                ? store.latestPublished(templateId)
                : store.version(templateId, version))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "Okänd mallversion",
                        version == null
                                ? "Mallen \"" + templateId + "\" har ingen publicerad version."
                                : "Mallen \"" + templateId + "\" har ingen version \"" + version + "\".",
                        List.of(new FieldProblem("/templateVersion", "Okänd mallversion"))));
        if (stored.status() == TemplateStatus.PUBLISHED) {
            return published.get(stored.templateId() + "@" + stored.version(), key -> load(stored));
        }
        return load(stored);
    }

    /** The shared (house-style) version a template version names, or null when it names none. */
    private TemplateVersion sharedOf(TemplateManifest manifest) {
        if (manifest.shared() == null || manifest.shared().version() == null) {
            return null;
        }
        TemplateManifest.SharedRef ref = manifest.shared();
        StoredVersion stored = store.version(ref.template(), ref.version())
                .orElseThrow(() -> ProblemException.invalid(JsonPointers.child("/files", TemplateManifest.FILE),
                        "template.json nämner delad version " + ref.version() + " av \"" + ref.template()
                                + "\", men den finns inte."));
        if (stored.status() == TemplateStatus.PUBLISHED) {
            return published.get(stored.templateId() + "@" + stored.version(), key -> load(stored));
        }
        return load(stored);
    }

    /** The newest published version of a template that renders documents; used by those who must name one. */
    public TemplateVersion resolvePublished(String templateId, String version) {
        TemplateVersion resolved = resolve(templateId, version);
        if (resolved.status() != TemplateStatus.PUBLISHED) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Mallversionen är ett utkast",
                    "Version " + version + " av \"" + templateId + "\" är inte publicerad. Förhandsgranska den via "
                            + "/api/templates/" + templateId + "/versions/" + version + "/preview eller publicera den.",
                    List.of(new FieldProblem("/templateVersion", "Utkast kan inte arkiveras")));
        }
        if (resolved.kind() == TemplateKind.SHARED) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Husstil är inget dokument",
                    "\"" + templateId + "\" innehåller delade mallfiler som andra mallar använder och kan inte ge ett dokument.",
                    List.of(new FieldProblem("/template", "Husstil kan inte renderas")));
        }
        return resolved;
    }

    @Transactional
    public String createDraft(String templateId, Map<String, String> files, String user) {
        String version = create(templateId, files, user, TemplateStatus.DRAFT, "api");
        events.publishEvent(AuditEvent.of("template.draft.created", "template", templateId + "@" + version,
                Map.of("sha256", TemplateHashing.sha256(pinShared(files, null)))));
        return version;
    }

    @Transactional
    public void updateDraft(String templateId, String version, Map<String, String> files) {
        StoredVersion stored = store.version(templateId, version)
                .orElseThrow(() -> ProblemException.notFound("Mallen \"" + templateId + "\" har ingen version \"" + version + "\"."));
        if (stored.status() == TemplateStatus.PUBLISHED) {
            throw publishedIsFrozen(templateId, version);
        }
        files = pinShared(files, null);
        validateFiles(files);
        String sha256 = TemplateHashing.sha256(files);
        if (!store.replaceDraftFiles(templateId, version, sha256, files)) {
            throw publishedIsFrozen(templateId, version);
        }
        events.publishEvent(AuditEvent.of("template.draft.changed", "template", templateId + "@" + version,
                Map.of("sha256", sha256)));
    }

    @Transactional
    public TemplateSummary.VersionSummary publish(String templateId, String version) {
        StoredVersion stored = store.version(templateId, version)
                .orElseThrow(() -> ProblemException.notFound("Mallen \"" + templateId + "\" har ingen version \"" + version + "\"."));
        if (stored.status() == TemplateStatus.DRAFT) {
            requireKindElements(load(stored));
            store.publish(templateId, version, clock.instant());
            events.publishEvent(AuditEvent.of("template.published", "template", templateId + "@" + version,
                    Map.of("sha256", stored.sha256())));
        }
        return new TemplateSummary.VersionSummary(version, TemplateStatus.PUBLISHED, stored.sha256());
    }

    /** Imports a bundled template unless a version with exactly these files exists; new content becomes a new published version. */
    @Transactional
    public String importBundled(String templateId, Map<String, String> files) {
        return importBundled(templateId, files, null).created();
    }

    /** What a bundled import did: the version that holds the files, and whether it was created now. */
    public record Imported(String version, boolean isNew) {
        String created() {
            return isNew ? version : null;
        }
    }

    /**
     * Imports a bundled template; a version that names the shared template without a number is pinned to
     * {@code sharedVersion} (the bundled house style imported just before).
     */
    @Transactional
    public Imported importBundled(String templateId, Map<String, String> files, String sharedVersion) {
        Map<String, String> pinned = pinShared(files, sharedVersion);
        String sha = TemplateHashing.sha256(pinned);
        if (store.templateExists(templateId)) {
            String existing = store.versionWithSha(templateId, sha);
            if (existing != null) {
                return new Imported(existing, false);
            }
        }
        String version = create(templateId, pinned, "system", TemplateStatus.PUBLISHED, "bundled");
        return new Imported(version, true);
    }

    private String create(String templateId, Map<String, String> files, String user, TemplateStatus status, String origin) {
        if (templateId == null || !templateId.matches(ID_PATTERN)) {
            throw ProblemException.invalid("", "Mallens id ska bestå av a–z, 0–9 och bindestreck.");
        }
        files = pinShared(files, null);
        TemplateManifest manifest = validateFiles(files);
        if (status == TemplateStatus.PUBLISHED) {
            requireKindElements(new TemplateVersion(templateId, "0", status, "", manifest, files, sharedOf(manifest)));
        }
        String title = manifest.title() != null ? manifest.title() : templateId;
        if (!store.templateExists(templateId)) {
            store.createTemplate(templateId, title, clock.instant());
        } else if (manifest.title() != null) {
            store.updateTitle(templateId, title);
        }
        int seq = store.nextSeq(templateId);
        String version = Integer.toString(seq);
        store.insertVersion(new StoredVersion(templateId, version, seq, status, TemplateHashing.sha256(files)),
                origin, user, clock.instant(), files);
        return version;
    }

    private TemplateVersion load(StoredVersion stored) {
        Map<String, String> files = store.files(stored.templateId(), stored.version());
        TemplateManifest manifest = manifest(files);
        return new TemplateVersion(stored.templateId(), stored.version(), stored.status(), stored.sha256(),
                manifest, files, sharedOf(manifest));
    }

    /**
     * Writes the shared version into {@code template.json} when it names the shared template without one: the given
     * version, else the newest published. So every stored version names exactly the house style it was made with.
     */
    private Map<String, String> pinShared(Map<String, String> files, String sharedVersion) {
        String text = files == null ? null : files.get(TemplateManifest.FILE);
        if (text == null) {
            return files;
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            return files;
        }
        if (!(root instanceof ObjectNode manifest) || !manifest.has("shared")) {
            return files;
        }
        JsonNode ref = manifest.get("shared");
        ObjectNode pinnedRef = ref.isString()
                ? json.createObjectNode().put("template", ref.asString())
                : ref instanceof ObjectNode o ? o.deepCopy() : null;
        if (pinnedRef == null || pinnedRef.hasNonNull("version")) {
            return files;
        }
        String template = pinnedRef.path("template").asString("shared");
        pinnedRef.put("template", template);
        String version = sharedVersion != null ? sharedVersion
                : store.latestPublished(template).map(StoredVersion::version).orElseThrow(() ->
                        ProblemException.invalid(JsonPointers.child("/files", TemplateManifest.FILE) + "/shared",
                                "Den delade mallen \"" + template + "\" har ingen publicerad version."));
        pinnedRef.put("version", version);
        manifest.set("shared", pinnedRef);
        Map<String, String> pinned = new java.util.TreeMap<>(files);
        pinned.put(TemplateManifest.FILE, json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
        return pinned;
    }

    /** A published version of a kind must carry the kind's element ids and its date field: 422 naming what is missing. */
    private static void requireKindElements(TemplateVersion version) {
        TemplateKind kind = version.kind();
        List<FieldProblem> missing = new ArrayList<>();
        if (kind.requiresDateField() && version.manifest().dateField() == null) {
            missing.add(new FieldProblem(JsonPointers.child("/files", TemplateManifest.FILE) + "/dateField",
                    "En mall av typen " + kind.id() + " ska ange dateField, dokumentets datum i uppgifterna."));
        }
        Map<String, String> files = version.renderFiles();
        for (String element : kind.requiredElements()) {
            String marker = "id=\"" + element;
            boolean present = files.entrySet().stream()
                    .filter(f -> f.getKey().endsWith(".ftlh") || f.getKey().endsWith(".ftl"))
                    .anyMatch(f -> f.getValue().contains(marker));
            if (!present) {
                missing.add(new FieldProblem(JsonPointers.child("/files", version.manifest().main()),
                        "Elementet id=\"" + element + (element.endsWith("-") ? "1…" : "") + "\" saknas; mallar av typen "
                                + kind.id() + " behöver det (underskriftsfält)."));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Mallen saknar det dess typ kräver",
                    "Version " + version.version() + " av \"" + version.templateId() + "\" (typ " + kind.id()
                            + ") kan inte publiceras: " + String.join(" ", missing.stream().map(FieldProblem::message).toList()),
                    missing);
        }
    }

    private TemplateManifest validateFiles(Map<String, String> files) {
        List<FieldProblem> problems = new ArrayList<>();
        if (files == null || files.isEmpty()) {
            throw ProblemException.invalid("/files", "Ange mallens filer under \"files\".");
        }
        files.forEach((name, content) -> {
            if (!name.matches(FILE_PATTERN)) {
                problems.add(new FieldProblem(JsonPointers.child("/files", name),
                        "Filnamnet får bara innehålla bokstäver, siffror, punkt, bindestreck och understreck (inga kataloger)."));
            } else if (content == null) {
                problems.add(new FieldProblem(JsonPointers.child("/files", name), "Filen saknar innehåll."));
            }
        });
        TemplateManifest manifest = null;
        try {
            manifest = manifest(files);
        } catch (ProblemException e) {
            problems.addAll(e.errors());
        }
        if (manifest != null && manifest.dateField() != null && !isJsonPointer(manifest.dateField())) {
            problems.add(new FieldProblem(JsonPointers.child("/files", TemplateManifest.FILE),
                    "dateField ska vara en JSON-pekare in i uppgifterna, t.ex. \"/datum\" (inte \"" + manifest.dateField() + "\")."));
        }
        boolean sharedKind = manifest != null && TemplateKind.of(manifest.kind()).orElse(null) == TemplateKind.SHARED;
        if (manifest != null && manifest.kind() != null && TemplateKind.of(manifest.kind()).isEmpty()) {
            problems.add(new FieldProblem(JsonPointers.child("/files", TemplateManifest.FILE) + "/kind",
                    "Okänd malltyp \"" + manifest.kind() + "\". Tillåtna: " + TemplateKind.names() + "."));
        }
        if (manifest != null && !sharedKind && !files.containsKey(manifest.main())) {
            problems.add(new FieldProblem(JsonPointers.child("/files", manifest.main()), "Huvudfilen " + manifest.main() + " saknas."));
        }
        String schema = files.get(TemplateManifest.SCHEMA);
        if (schema == null && sharedKind) {
            // house style has no data of its own
        } else if (schema == null) {
            problems.add(new FieldProblem(JsonPointers.child("/files", TemplateManifest.SCHEMA),
                    "Varje version ska ha ett JSON Schema för sina uppgifter i schema.json."));
        } else {
            try {
                JsonNode root = json.readTree(schema);
                if (!root.isObject() && !root.isBoolean()) {
                    problems.add(new FieldProblem(JsonPointers.child("/files", TemplateManifest.SCHEMA),
                            "schema.json ska vara ett JSON Schema: ett objekt, t.ex. {\"type\": \"object\"}."));
                }
            } catch (JacksonException e) {
                problems.add(new FieldProblem(JsonPointers.child("/files", TemplateManifest.SCHEMA),
                        "schema.json är " + BindingMessages.located(e)));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Mallens filer är inte giltiga.", problems);
        }
        List<ActiveContent.Hit> active = ActiveContent.scan(files);
        if (!active.isEmpty()) {
            ActiveContent.Hit first = active.get(0);
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Mallen innehåller aktivt innehåll",
                    "Mallar får inte innehålla skript, händelseattribut, javascript:-länkar, iframe, object, embed eller "
                            + "form. Första träffen: " + describe(first) + ".",
                    active.stream().map(h -> new FieldProblem(JsonPointers.child("/files", h.file()), describe(h))).toList(),
                    Map.of("file", first.file(), "line", first.line(), "column", first.column()));
        }
        TemplateVersion probe = new TemplateVersion("probe", "0", TemplateStatus.DRAFT, "", manifest, files,
                sharedOf(manifest));
        List<FileReferences.Problem> references = FileReferences.scan(files, probe.renderFiles().keySet());
        if (!references.isEmpty()) {
            FileReferences.Problem first = references.get(0);
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Mallen hänvisar till en fil som saknas",
                    first.message(), references.stream()
                            .map(r -> new FieldProblem(JsonPointers.child("/files", r.file()), r.message())).toList(),
                    Map.of("file", first.file(), "line", first.line(), "column", first.column()));
        }
        try {
            processor.checkSyntax(probe.renderFiles());
        } catch (TemplateRenderException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Syntaxfel i mallen", e.getMessage(),
                    List.of(new FieldProblem(JsonPointers.child("/files", e.file()), e.getMessage())),
                    Map.of("file", e.file(), "line", e.line(), "column", e.column()));
        }
        return manifest;
    }

    private static String describe(ActiveContent.Hit hit) {
        return hit.what() + " i " + hit.file() + " rad " + hit.line() + ", kolumn " + hit.column();
    }

    /** One JSON pointer, or several separated by {@code |} (the first that gives a date wins). */
    private static boolean isJsonPointer(String pointers) {
        for (String pointer : pointers.split("\\|", -1)) {
            String p = pointer.strip();
            if (!(p.startsWith("/") && !p.matches(".*~[^01].*|.*~$"))) {
                return false;
            }
        }
        return true;
    }

    private TemplateManifest manifest(Map<String, String> files) {
        String text = files.get(TemplateManifest.FILE);
        if (text == null) {
            return new TemplateManifest(null, null, null, null);
        }
        try {
            return json.readValue(text, TemplateManifest.class);
        } catch (JacksonException e) {
            throw ProblemException.invalid(JsonPointers.child("/files", TemplateManifest.FILE),
                    "template.json är inte giltig: " + BindingMessages.located(e));
        }
    }

    private static ProblemException publishedIsFrozen(String templateId, String version) {
        return ProblemException.conflict("Version " + version + " av \"" + templateId
                + "\" är publicerad och kan inte ändras. Skapa en ny version.");
    }
}
