package se.finsam.handlingar.template;

/**
 * A template could not be parsed or applied to the data. Line and column point into the named template file.
 */
public class TemplateRenderException extends RuntimeException {

    private final String file;
    private final Integer line;
    private final Integer column;

    public TemplateRenderException(String message, String file, Integer line, Integer column, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public Integer line() {
        return line;
    }

    public Integer column() {
        return column;
    }
}
