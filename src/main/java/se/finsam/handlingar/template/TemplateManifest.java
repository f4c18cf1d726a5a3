package se.finsam.handlingar.template;

import java.util.List;

/**
 * What {@code template.json} of a version says about it.
 *
 * @param title human title of the template
 * @param main entry file, {@code template.ftlh} by default
 * @param dateField JSON pointer into the data to the document's own date (used for PDF metadata,
 *                  so the same data gives the same bytes); several separated by {@code |} are tried in order
 * @param formats output formats the version supports
 */
public record TemplateManifest(String title, String main, String dateField, List<String> formats) {

    public static final String FILE = "template.json";
    public static final String SCHEMA = "schema.json";

    public TemplateManifest {
        main = main == null ? "template.ftlh" : main;
        formats = formats == null || formats.isEmpty() ? List.of("pdf", "html") : List.copyOf(formats);
    }

    public boolean supports(String format) {
        return formats.contains(format);
    }
}
