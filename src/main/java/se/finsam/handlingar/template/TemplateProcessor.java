package se.finsam.handlingar.template;

import java.io.IOException;
import java.io.StringWriter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();

    public String process(TemplateVersion version, Map<String, Object> data) {
        Configuration cfg = configurations.computeIfAbsent(version.cacheKey(),
                key -> TemplateSandbox.configuration(version.renderFiles()));
        String main = version.manifest().main();
        try {
            Template template = cfg.getTemplate(main);
            SimpleHash model = new SimpleHash(cfg.getObjectWrapper());
            model.put("data", data);
            model.put("fmt", FormatFunctions.create(cfg.getObjectWrapper()));
            model.put("mall", Map.of("id", version.templateId(), "version", version.version()));
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new TemplateRenderException("Mallen innehåller ett syntaxfel: " + e.getEditorMessage(),
                    e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (TemplateNotFoundException e) {
            throw new TemplateRenderException("Mallfilen finns inte i versionen: " + e.getTemplateName(),
                    main, null, null, e);
        } catch (TemplateException e) {
            throw new TemplateRenderException("Mallen kunde inte tillämpas på uppgifterna: " + e.getMessageWithoutStackTop(),
                    e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (IOException e) {
            throw new TemplateRenderException("Mallen kunde inte läsas: " + e.getMessage(), main, null, null, e);
        }
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
