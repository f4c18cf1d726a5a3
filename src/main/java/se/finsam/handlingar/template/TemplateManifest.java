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
 * @param kind what the template is for ({@link TemplateKind}); without it the template id decides, else {@code free}
 * @param shared the house-style version (template {@code shared}) whose partials and stylesheets this version uses;
 *               a version without a number is pinned to the newest published one when the version is created
 */
public record TemplateManifest(String title, String main, String dateField, List<String> formats, String kind,
        SharedRef shared) {

    public static final String FILE = "template.json";
    public static final String SCHEMA = "schema.json";
    /** Folder name under which a version sees the files of its shared version. */
    public static final String SHARED_FOLDER = "shared/";

    /** A named version of a shared template. */
    public record SharedRef(String template, String version) {
        public SharedRef {
            template = template == null ? "shared" : template;
        }
    }

    public TemplateManifest {
        main = main == null ? "template.ftlh" : main;
        formats = formats == null || formats.isEmpty() ? List.of("pdf", "html") : List.copyOf(formats);
    }

    public TemplateManifest(String title, String main, String dateField, List<String> formats) {
        this(title, main, dateField, formats, null, null);
    }

    public boolean supports(String format) {
        return formats.contains(format);
    }
}
