package se.finsam.handlingar.meeting;

/**
 * Where a meeting's protokoll stands.
 */
public enum MeetingStatus {
    /** Agenda and protokoll can change; no § numbers yet. */
    PLANERAT,
    /** § numbers are taken from the organ's series for the year and never change; text can still change. */
    NUMRERAT,
    /** Justerat: the protokoll is archived and frozen; changes answer 409. */
    JUSTERAT
}
