package se.finsam.handlingar.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole register in one document, as in {@code fixtures/organisation.json}; the body of
 * {@code POST /api/organisation/import}. Importing is idempotent: known codes and names are updated, terms that already
 * exist (same organ, person, role, huvudman and first day) are not added again.
 */
public record OrganisationData(ForbundData forbund, List<Huvudman> huvudman, List<Organ> organ,
        List<MemberData> ledamoter, List<StaffData> kansli) {

    public OrganisationData {
        huvudman = huvudman == null ? List.of() : huvudman;
        organ = organ == null ? List.of() : organ;
        ledamoter = ledamoter == null ? List.of() : ledamoter;
        kansli = kansli == null ? List.of() : kansli;
    }

    /** @param justeringInomDagar defaults to 14 */
    public record ForbundData(String namn, String organisationsnummer, String ort, Integer justeringInomDagar,
            String protokollForvaras, String anslagPubliceras) {
    }

    /**
     * @param roll ordforande, vice_ordforande, ledamot or ersattare
     * @param huvudman the huvudman's kod
     * @param ersatter for an ersättare, the name of the ordinarie member they stand in for
     */
    public record MemberData(String organ, String namn, String email, String parti, String roll, String huvudman,
            String ersatter, LocalDate fran, LocalDate till) {
    }

    /** @param befattning forbundschef, bitradande_forbundschef, administrator or sekreterare */
    public record StaffData(String namn, String email, String befattning, LocalDate fran, LocalDate till) {
    }
}
