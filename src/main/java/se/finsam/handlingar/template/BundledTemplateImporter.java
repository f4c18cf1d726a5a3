package se.finsam.handlingar.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import se.finsam.handlingar.system.HandlingarProperties;

/**
 * Imports the templates under {@code templates/} at start: each folder is a template, its files one version.
 * {@code shared/} is the house style, imported first; a template whose {@code template.json} names it without a version
 * is pinned to the house-style version just imported. Unchanged content is skipped; changed content becomes a new
 * published version, the old one stays (and keeps the house-style version it names).
 */
@Component
@Order(1)
class BundledTemplateImporter implements ApplicationRunner {

    static final String CLASSPATH_ROOT = "bundled-templates";
    /** The house style: partials and stylesheets (and the fonts beneath it, which are not template files). */
    static final String SHARED = "shared";
    private static final Logger log = LoggerFactory.getLogger(BundledTemplateImporter.class);

    private final TemplateCatalog catalog;
    private final HandlingarProperties properties;

    BundledTemplateImporter(TemplateCatalog catalog, HandlingarProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Map<String, Map<String, String>> templates = properties.templatesDir() != null
                ? fromDirectory(properties.templatesDir())
                : fromClasspath();
        String sharedVersion = null;
        Map<String, String> shared = templates.remove(SHARED);
        if (shared != null && !shared.isEmpty()) {
            sharedVersion = importOne(SHARED, shared, null);
        }
        for (Map.Entry<String, Map<String, String>> template : templates.entrySet()) {
            importOne(template.getKey(), template.getValue(), sharedVersion);
        }
    }

    /** Imports one template (house style first, so the others can name the version it got); returns that version. */
    private String importOne(String id, Map<String, String> files, String sharedVersion) {
        try {
            TemplateCatalog.Imported imported = catalog.importBundled(id, files, sharedVersion);
            if (imported.isNew()) {
                log.info("Imported bundled template '{}' as published version {}", id, imported.version());
            }
            return imported.version();
        } catch (DataIntegrityViolationException e) {
            // another instance on the same database imported the same content at the same moment
            log.info("Bundled template '{}' was imported by another instance", id);
            return catalog.importBundled(id, files, sharedVersion).version();
        }
    }

    private static Map<String, Map<String, String>> fromDirectory(Path root) throws IOException {
        Map<String, Map<String, String>> templates = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String id = dir.getFileName().toString();
                Map<String, String> files = new TreeMap<>();
                try (Stream<Path> entries = Files.list(dir)) {
                    for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                        files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
                templates.put(id, files);
            }
        }
        return templates;
    }

    private static Map<String, Map<String, String>> fromClasspath() throws IOException {
        Map<String, Map<String, String>> templates = new TreeMap<>();
        Resource[] resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + CLASSPATH_ROOT + "/*/*.*");
        for (Resource resource : resources) {
            String path = resource.getURI().toString();
            int end = path.lastIndexOf('/');
            String id = path.substring(path.lastIndexOf('/', end - 1) + 1, end);
            if (!resource.isReadable()) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                templates.computeIfAbsent(id, k -> new TreeMap<>())
                        .put(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return templates;
    }
}
