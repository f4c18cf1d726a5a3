package se.finsam.handlingar.organisation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One term of one person in an organ.
 *
 * @param uppdragId the term (a change of role or huvudman is a new term)
 * @param email may be null when not recorded
 * @param parti may be null
 * @param huvudman the huvudman the member represents (null for none)
 * @param ersatter for an ersättare: the ordinarie member they stand in for, or null
 * @param fran first day of the term, null when it predates the register
 * @param till last day of the term, null while it runs
 */
public record Member(UUID uppdragId, UUID personId, String namn, String email, String parti, MemberRole roll,
        Huvudman huvudman, String ersatter, LocalDate fran, LocalDate till) {

    /** Ordinarie ledamot (including ordförande and vice ordförande) rather than ersättare. */
    public boolean ordinarie() {
        return roll.ordinarie();
    }
}
