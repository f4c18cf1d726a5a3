package se.finsam.handlingar.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.finsam.handlingar.template.TemplateManifest;
import se.finsam.handlingar.template.TemplateStatus;
import se.finsam.handlingar.template.TemplateVersion;

/**
 * Template versions built in memory, for tests of the render pipeline.
 */
public final class TestTemplates {

    private static int counter;

    private TestTemplates() {
    }

    /** A version whose main file is the given body wrapped in a valid PDF/UA-ready XHTML page. */
    public static TemplateVersion page(String title, String body, String css) {
        return version(Map.of("template.ftlh", """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE" xml:lang="sv-SE">
                <head><title>%s</title><link rel="stylesheet" href="style.css"/></head>
                <body>%s</body>
                </html>""".formatted(title, body), "style.css", "html { font-family: Carlito; } " + css));
    }

    public static TemplateVersion version(Map<String, String> files) {
        Map<String, String> all = new HashMap<>(files);
        all.putIfAbsent("schema.json", "{\"type\":\"object\"}");
        synchronized (TestTemplates.class) {
            counter++;
        }
        return new TemplateVersion("test", Integer.toString(counter), TemplateStatus.DRAFT, "sha-" + counter,
                new TemplateManifest("Test", null, null, List.of("pdf", "html")), all);
    }
}
