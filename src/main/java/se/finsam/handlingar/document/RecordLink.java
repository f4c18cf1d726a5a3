package se.finsam.handlingar.document;

/**
 * Where an archived record belongs.
 *
 * @param subject what the record is of, e.g. {@code meeting/<id>}; listed with {@code GET /api/documents?subject=}
 * @param sole true when the subject may have only one document of the template (e.g. the justerat protokoll of a
 *             meeting); the database refuses a second one
 */
public record RecordLink(String subject, boolean sole) {

    public RecordLink {
        if (subject == null || subject.isBlank() || subject.length() > 100) {
            throw new IllegalArgumentException("subject must be 1-100 characters");
        }
    }

    public static RecordLink of(String subject) {
        return new RecordLink(subject, false);
    }

    public static RecordLink soleOf(String subject) {
        return new RecordLink(subject, true);
    }

    String soleKey(String templateId) {
        return sole ? subject + "/" + templateId : null;
    }
}
