package se.finsam.handlingar.template;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.JsonPointers;
import se.finsam.handlingar.system.ProblemException;
import se.finsam.handlingar.template.TemplateStore.StoredVersion;
import tools.jackson.core.JacksonException;
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
    /** Published versions never change; the most used stay in memory (bounded, since every version is a set of files). */
    private final Cache<String, TemplateVersion> published = Caffeine.newBuilder()
            .maximumSize(256)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    TemplateCatalog(TemplateStore store, TemplateProcessor processor, JsonMapper json, Clock clock) {
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

    /** The newest published version of a template that renders documents; used by those who must name one. */
    public TemplateVersion resolvePublished(String templateId, String version) {
        TemplateVersion resolved = resolve(templateId, version);
        if (resolved.status() != TemplateStatus.PUBLISHED) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Mallversionen är ett utkast",
                    "Version " + version + " av \"" + templateId + "\" är inte publicerad. Förhandsgranska den via "
                            + "/api/templates/" + templateId + "/versions/" + version + "/preview eller publicera den.",
                    List.of(new FieldProblem("/templateVersion", "Utkast kan inte arkiveras")));
        }
        return resolved;
    }

    @Transactional
    public String createDraft(String templateId, Map<String, String> files, String user) {
        return create(templateId, files, user, TemplateStatus.DRAFT, "api");
    }

    @Transactional
    public void updateDraft(String templateId, String version, Map<String, String> files) {
        StoredVersion stored = store.version(templateId, version)
                .orElseThrow(() -> ProblemException.notFound("Mallen \"" + templateId + "\" har ingen version \"" + version + "\"."));
        if (stored.status() == TemplateStatus.PUBLISHED) {
            throw publishedIsFrozen(templateId, version);
        }
        validateFiles(files);
        if (!store.replaceDraftFiles(templateId, version, TemplateHashing.sha256(files), files)) {
            throw publishedIsFrozen(templateId, version);
        }
    }

    @Transactional
    public TemplateSummary.VersionSummary publish(String templateId, String version) {
        StoredVersion stored = store.version(templateId, version)
                .orElseThrow(() -> ProblemException.notFound("Mallen \"" + templateId + "\" har ingen version \"" + version + "\"."));
        if (stored.status() == TemplateStatus.DRAFT) {
            store.publish(templateId, version, clock.instant());
        }
        return new TemplateSummary.VersionSummary(version, TemplateStatus.PUBLISHED, stored.sha256());
    }

    /** Imports a bundled template unless a version with exactly these files exists; new content becomes a new published version. */
    @Transactional
    public String importBundled(String templateId, Map<String, String> files) {
        if (store.templateExists(templateId) && store.hasVersionWithSha(templateId, TemplateHashing.sha256(files))) {
            return null;
        }
        return create(templateId, files, "system", TemplateStatus.PUBLISHED, "bundled");
    }

    private String create(String templateId, Map<String, String> files, String user, TemplateStatus status, String origin) {
        if (templateId == null || !templateId.matches(ID_PATTERN)) {
            throw ProblemException.invalid("", "Mallens id ska bestå av a–z, 0–9 och bindestreck.");
        }
        TemplateManifest manifest = validateFiles(files);
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
        return new TemplateVersion(stored.templateId(), stored.version(), stored.status(), stored.sha256(),
                manifest(files), files);
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
        if (manifest != null && !files.containsKey(manifest.main())) {
            problems.add(new FieldProblem(JsonPointers.child("/files", manifest.main()), "Huvudfilen " + manifest.main() + " saknas."));
        }
        String schema = files.get(TemplateManifest.SCHEMA);
        if (schema == null) {
            problems.add(new FieldProblem(JsonPointers.child("/files", TemplateManifest.SCHEMA),
                    "Varje version ska ha ett JSON Schema för sina uppgifter i schema.json."));
        } else {
            try {
                json.readTree(schema);
            } catch (JacksonException e) {
                problems.add(new FieldProblem(JsonPointers.child("/files", TemplateManifest.SCHEMA),
                        "schema.json är inte giltig JSON: " + e.getOriginalMessage()));
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
        try {
            processor.checkSyntax(files);
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
                    "template.json är inte giltig: " + e.getOriginalMessage());
        }
    }

    private static ProblemException publishedIsFrozen(String templateId, String version) {
        return ProblemException.conflict("Version " + version + " av \"" + templateId
                + "\" är publicerad och kan inte ändras. Skapa en ny version.");
    }
}
