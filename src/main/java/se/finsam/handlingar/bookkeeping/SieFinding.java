package se.finsam.handlingar.bookkeeping;

/**
 * Something wrong or worth knowing in an SIE file, at the file's line number (1-based; 0 = the file as a whole).
 * Any ERROR stops the import: nothing of that file is stored.
 */
public record SieFinding(Severity severity, String code, int line, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    public static SieFinding error(String code, int line, String message) {
        return new SieFinding(Severity.ERROR, code, line, message);
    }

    public static SieFinding warning(String code, int line, String message) {
        return new SieFinding(Severity.WARNING, code, line, message);
    }
}
