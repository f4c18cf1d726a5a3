package se.finsam.handlingar.document;

/**
 * One result of checking a document's data.
 *
 * @param pointer JSON pointer into the request body ({@code /data/...})
 * @param expected what the data should say; a number where the finding is about an amount, in the data's unit
 * @param actual what the data says
 */
public record Finding(Severity severity, String code, String pointer, String message, Object expected, Object actual) {

    public static Finding error(String code, String pointer, String message) {
        return new Finding(Severity.ERROR, code, pointer, message, null, null);
    }

    public static Finding warning(String code, String pointer, String message) {
        return new Finding(Severity.WARNING, code, pointer, message, null, null);
    }

    /** The same finding with its pointer relative to a part of the request (e.g. {@code /data} → the data itself). */
    public Finding withoutPointerPrefix(String prefix) {
        if (pointer != null && (pointer.equals(prefix) || pointer.startsWith(prefix + "/"))) {
            return new Finding(severity, code, pointer.substring(prefix.length()), message, expected, actual);
        }
        return this;
    }

    public Finding withPointerPrefix(String prefix) {
        return new Finding(severity, code, prefix + pointer, message, expected, actual);
    }
}
