package se.finsam.handlingar.template;

import java.io.IOException;

import java.util.Map;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;

import org.springframework.stereotype.Component;

/**
 * Applies a template version to data in the FreeMarker sandbox. The data model has {@code data} (the request's data),
 * {@code fmt} (Swedish formatting) and {@code mall} ({@code id}, {@code version}).
 * Parsed templates are cached per version content.
 */
@Component
public class TemplateProcessor {

    /**
     * Template source, in characters, whose parsed configurations are kept: a parsed template takes a few times its
     * source in heap, so this stays well inside {@code -Xmx512m} however large the drafts (docs/security.md).
     */
    static final long MAX_CACHED_CHARS = 8L * 1024 * 1024;

    private record Parsed(Configuration configuration, int chars) {
    }

    /**
     * One parsed configuration per version content. Bounded by the size of the source, not the number of versions: a
     * draft edited a hundred times leaves a hundred keys, and each configuration holds the version's parsed templates.
     */
    private final Cache<String, Parsed> configurations = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_CHARS)
            .weigher((String key, Parsed parsed) -> parsed.chars())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    public String process(TemplateVersion version, Map<String, Object> data) {
        return process(version, data, Long.MAX_VALUE);
    }

    /**
     * Applies the version to the data; output beyond {@code maxChars} characters stops it with a
     * {@link TemplateOutputLimitException}. Loops and macros stop when the thread is interrupted.
     */
    public String process(TemplateVersion version, Map<String, Object> data, long maxChars) {
        Configuration cfg = configurations.get(version.cacheKey(), key -> new Parsed(
                TemplateSandbox.interruptible(version.renderFiles()), chars(version.renderFiles()))).configuration();
        String main = version.manifest().main();
        try {
            Template template = cfg.getTemplate(main);
            SimpleHash model = new SimpleHash(cfg.getObjectWrapper());
            model.put("data", data);
            model.put("fmt", FormatFunctions.create(cfg.getObjectWrapper()));
            model.put("mall", Map.of("id", version.templateId(), "version", version.version()));
            LimitedWriter out = new LimitedWriter(maxChars);
            template.process(model, out);
            return out.toString();
        } catch (LimitedWriter.LimitReached e) {
            throw new TemplateOutputLimitException("Mallen gav mer än " + (maxChars / (1024 * 1024))
                    + " MB text och stoppades (handlingar.render.max-output-size).", main);
        } catch (ParseException e) {
            throw new TemplateRenderException("Mallen innehåller ett syntaxfel: " + e.getEditorMessage(),
                    e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (TemplateNotFoundException e) {
            throw new TemplateRenderException("Mallfilen finns inte i versionen: " + e.getTemplateName(),
                    main, null, null, e);
        } catch (TemplateException e) {
            if (e.getCause() instanceof LimitedWriter.LimitReached) {
                throw new TemplateOutputLimitException("Mallen gav mer än " + (maxChars / (1024 * 1024))
                        + " MB text och stoppades (handlingar.render.max-output-size).", main);
            }
            throw new TemplateRenderException("Mallen kunde inte tillämpas på uppgifterna: " + e.getMessageWithoutStackTop(),
                    e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (IOException e) {
            throw new TemplateRenderException("Mallen kunde inte läsas: " + e.getMessage(), main, null, null, e);
        }
    }

    static int chars(Map<String, String> files) {
        long sum = 1;
        for (String content : files.values()) {
            sum += content == null ? 0 : content.length();
        }
        return (int) Math.min(Integer.MAX_VALUE, sum);
    }

    /** Parses every FreeMarker file of a version without running it; throws on the first syntax error. */
    void checkSyntax(Map<String, String> files) {
        Configuration cfg = TemplateSandbox.configuration(files);
        for (String name : files.keySet()) {
            if (!name.endsWith(".ftlh") && !name.endsWith(".ftl") && !name.endsWith(".ftlx")) {
                continue;
            }
            try {
                cfg.getTemplate(name);
            } catch (ParseException e) {
                throw new TemplateRenderException("Syntaxfel i " + name + ": " + e.getEditorMessage(),
                        name, e.getLineNumber(), e.getColumnNumber(), e);
            } catch (IOException e) {
                throw new TemplateRenderException("Mallfilen kunde inte läsas: " + name, name, null, null, e);
            }
        }
    }

}
