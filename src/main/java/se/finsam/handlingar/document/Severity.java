package se.finsam.handlingar.document;

public enum Severity {
    /** The document must not be archived as final while this stands. */
    ERROR,
    /** Worth a look; does not stop anything. */
    WARNING,
    INFO
}
