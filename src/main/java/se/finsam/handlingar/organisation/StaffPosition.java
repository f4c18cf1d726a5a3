package se.finsam.handlingar.organisation;

/**
 * A position in the kansli.
 */
public enum StaffPosition {
    FORBUNDSCHEF("Förbundschef"),
    BITRADANDE_FORBUNDSCHEF("Biträdande förbundschef"),
    ADMINISTRATOR("Administratör"),
    SEKRETERARE("Sekreterare");

    private final String label;

    StaffPosition(String label) {
        this.label = label;
    }

    /** Swedish, capitalised, as written in a protokoll's list of övriga deltagare. */
    public String label() {
        return label;
    }

    public static StaffPosition fromCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT).replace('Ö', 'O').replace('Ä', 'A').replace('Å', 'A')
                .replace(' ', '_').replace('-', '_');
        for (StaffPosition p : values()) {
            if (p.name().equals(c)) {
                return p;
            }
        }
        return null;
    }
}
