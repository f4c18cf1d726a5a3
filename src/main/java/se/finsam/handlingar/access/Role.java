package se.finsam.handlingar.access;

/**
 * What a user may do. STYRELSE reads; SEKRETERARE and KANSLI produce documents; ADMIN and KANSLI manage templates.
 */
public enum Role {
    ADMIN, KANSLI, SEKRETERARE, STYRELSE
}
