package se.finsam.handlingar.organisation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One position held by one person in the kansli.
 */
public record StaffMember(UUID anstallningId, UUID personId, String namn, String email, StaffPosition befattning,
        LocalDate fran, LocalDate till) {
}
