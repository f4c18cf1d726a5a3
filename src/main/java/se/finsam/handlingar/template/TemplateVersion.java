package se.finsam.handlingar.template;

import java.util.Map;

/**
 * One version of a template: every file it consists of, its data schema and its manifest.
 * The SHA-256 covers all files; a published version never changes.
 */
public record TemplateVersion(
        String templateId,
        String version,
        TemplateStatus status,
        String sha256,
        TemplateManifest manifest,
        Map<String, String> files) {

    public TemplateVersion {
        files = Map.copyOf(files);
    }

    public String schema() {
        return files.get(TemplateManifest.SCHEMA);
    }

    /** A key that changes whenever the content does, for caches. */
    public String cacheKey() {
        return templateId + "@" + version + "#" + sha256;
    }
}
