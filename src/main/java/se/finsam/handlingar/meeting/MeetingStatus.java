package se.finsam.handlingar.meeting;

/**
 * Where a meeting's protokoll stands.
 */
public enum MeetingStatus {
    /** Agenda and protokoll can change; no § numbers yet. */
    PLANERAT,
    /** § numbers are taken from the organ's series for the year and never change; text can still change. */
    NUMRERAT,
    /**
     * Sent for digital justering: the protokoll is archived and frozen (409 on change) and waits for the justerare's
     * and the ordförande's signatures; no anslag is up yet. Becomes JUSTERAT with the last required signature.
     */
    JUSTERAS,
    /** Justerat: the protokoll is archived and frozen; changes answer 409. */
    JUSTERAT
}
