package se.finsam.handlingar.render;

import java.util.Locale;

public enum OutputFormat {
    PDF("pdf", "application/pdf"),
    HTML("html", "text/html;charset=UTF-8"),
    /** Written from the same XHTML and layout as the PDF ({@code DocxWriter}). */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String code;
    private final String contentType;

    OutputFormat(String code, String contentType) {
        this.code = code;
        this.contentType = contentType;
    }

    public String code() {
        return code;
    }

    public String contentType() {
        return contentType;
    }

    /** The format for a request's {@code format} value, or null when unknown. */
    public static OutputFormat fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (OutputFormat f : values()) {
            if (f.code.equals(code.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
