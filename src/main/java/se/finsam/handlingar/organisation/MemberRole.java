package se.finsam.handlingar.organisation;

/**
 * A member's role in an organ. Everyone but an ERSATTARE holds an ordinarie seat.
 */
public enum MemberRole {
    ORDFORANDE("ordförande"),
    VICE_ORDFORANDE("vice ordförande"),
    LEDAMOT("ledamot"),
    ERSATTARE("ersättare");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    /** Swedish, lower case, as written in a protokoll. */
    public String label() {
        return label;
    }

    public boolean ordinarie() {
        return this != ERSATTARE;
    }

    public static MemberRole fromCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT).replace('Ö', 'O').replace('Ä', 'A').replace('Å', 'A')
                .replace(' ', '_').replace('-', '_');
        for (MemberRole role : values()) {
            if (role.name().equals(c)) {
                return role;
            }
        }
        return null;
    }
}
