package se.finsam.handlingar.template;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of a template: every file it consists of, its data schema and its manifest, and the shared
 * (house-style) version it names. The SHA-256 covers all its own files, and {@code template.json} names the shared
 * version, so the pair never changes once published.
 */
public record TemplateVersion(
        String templateId,
        String version,
        TemplateStatus status,
        String sha256,
        TemplateManifest manifest,
        Map<String, String> files,
        TemplateVersion shared) {

    public TemplateVersion {
        files = Map.copyOf(files);
    }

    public TemplateVersion(String templateId, String version, TemplateStatus status, String sha256,
            TemplateManifest manifest, Map<String, String> files) {
        this(templateId, version, status, sha256, manifest, files, null);
    }

    public String schema() {
        return files.get(TemplateManifest.SCHEMA);
    }

    /** What the template is for: as {@code template.json} says, else the kind named like the template, else free. */
    public TemplateKind kind() {
        return TemplateKind.of(manifest.kind())
                .or(() -> TemplateKind.of(templateId))
                .orElse(TemplateKind.FREE);
    }

    /** The files a render sees: the version's own and, under {@code shared/}, those of its shared version. */
    public Map<String, String> renderFiles() {
        if (shared == null) {
            return files;
        }
        Map<String, String> all = new LinkedHashMap<>(files);
        shared.files().forEach((name, content) -> all.put(TemplateManifest.SHARED_FOLDER + name, content));
        return all;
    }

    /** A key that changes whenever the content does, for caches. */
    public String cacheKey() {
        return templateId + "@" + version + "#" + sha256 + (shared == null ? "" : "+" + shared.cacheKey());
    }
}
