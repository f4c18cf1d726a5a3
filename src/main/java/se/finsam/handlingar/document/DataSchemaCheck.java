package se.finsam.handlingar.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.path.PathType;

import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import se.finsam.handlingar.template.SwedishFormat;
import se.finsam.handlingar.template.TemplateManifest;
import se.finsam.handlingar.template.TemplateVersion;
import tools.jackson.databind.JsonNode;

/**
 * The data contract: each template version's {@code schema.json} (JSON Schema 2020-12). Remote references are never
 * fetched.
 */
@Component
class DataSchemaCheck {

    /** Where a version's schema is read from, so {@code "$ref": "shared/innehall.schema.json#/$defs/…"} resolves. */
    static final String BASE = "https://mall.handlingar.invalid/";

    /** Schema source, in characters, whose compiled schemas are kept (drafts change often and may be large). */
    static final long MAX_CACHED_CHARS = 4L * 1024 * 1024;

    private record Compiled(Schema schema, int chars) {
    }

    /** Compiled schemas per version content, bounded by the size of their source like the template cache. */
    private final Cache<String, Compiled> schemas = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_CHARS)
            .weigher((String key, Compiled compiled) -> compiled.chars())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The version's schema, with references into the files of its shared (house-style) version resolved locally. */
    static Schema schemaOf(TemplateVersion version) {
        Map<String, String> resources = new HashMap<>();
        version.renderFiles().forEach((name, content) -> {
            if (name.endsWith(".json")) {
                resources.put(BASE + name, content);
            }
        });
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .pathType(PathType.JSON_POINTER)
                                .locale(SwedishFormat.SWEDISH)
                                .formatAssertionsEnabled(true)
                                .build())
                        .schemaLoader(loader -> loader.fetchRemoteResources(false)
                                .resourceLoaders(loaders -> loaders.resources(resources))));
        return registry.getSchema(SchemaLocation.of(BASE + TemplateManifest.SCHEMA));
    }

    private static int jsonChars(TemplateVersion version) {
        long sum = 1;
        for (Map.Entry<String, String> file : version.renderFiles().entrySet()) {
            if (file.getKey().endsWith(".json") && file.getValue() != null) {
                sum += file.getValue().length();
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, sum);
    }

    List<Finding> check(TemplateVersion version, JsonNode data) {
        List<Error> errors;
        try {
            errors = schemas.get(version.cacheKey(), key -> new Compiled(schemaOf(version), jsonChars(version)))
                    .schema().validate(data);
        } catch (SchemaException e) {
            // a version stored before schema.json had to be a JSON Schema, or one whose $ref leads nowhere
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Mallens schema.json är inte giltigt",
                    "Version " + version.version() + " av \"" + version.templateId() + "\" har ett schema.json som inte "
                            + "är ett giltigt JSON Schema: " + e.getMessage(),
                    List.of(new FieldProblem("/data", "Uppgifterna kan inte kontrolleras mot mallens schema.json.")),
                    Map.of("file", TemplateManifest.SCHEMA));
        } catch (ValidationLimitExceededException e) {
            throw ProblemException.invalid("/data", "Uppgifterna är för omfattande för att kontrolleras: "
                    + e.getMessage());
        }
        List<Finding> findings = new ArrayList<>();
        for (Error error : errors) {
            String location = error.getInstanceLocation().toString();
            String pointer = "/data" + (location.isEmpty() || location.equals("/") ? "" : location);
            if (error.getProperty() != null && "required".equals(error.getKeyword())) {
                pointer = pointer + "/" + error.getProperty();
            }
            findings.add(new Finding(Severity.ERROR, "schema." + error.getKeyword(), pointer, error.getMessage(),
                    null, null));
        }
        return findings;
    }
}
