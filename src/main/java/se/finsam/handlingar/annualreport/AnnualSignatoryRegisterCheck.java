package se.finsam.handlingar.annualreport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.organisation.Member;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import tools.jackson.databind.JsonNode;

/**
 * Compares the report's signatories with the organisation register: every ordinarie ledamot of the styrelse on the
 * signing date should sign, and nobody else. Silent when the register knows nobody for that day (an imported report
 * for a förbund whose register is not kept here).
 */
@Component
class AnnualSignatoryRegisterCheck {

    static final String ORGAN = "styrelsen";

    private final OrganisationDirectory organisation;

    AnnualSignatoryRegisterCheck(OrganisationDirectory organisation) {
        this.organisation = organisation;
    }

    List<Finding> check(JsonNode data) {
        LocalDate date;
        try {
            date = LocalDate.parse(data.path("undertecknande").path("datum").asString());
        } catch (DateTimeParseException e) {
            return List.of();
        }
        if (organisation.organ(ORGAN).isEmpty()) {
            return List.of();
        }
        Set<String> register = new LinkedHashSet<>();
        for (Member member : organisation.members(ORGAN, date)) {
            if (member.ordinarie()) {
                register.add(member.namn().strip());
            }
        }
        if (register.isEmpty()) {
            return List.of();
        }
        Set<String> signing = new LinkedHashSet<>();
        AnnualSignatories.inOffice(data).forEach(s -> signing.add(String.valueOf(s.get("namn")).strip()));
        List<Finding> findings = new ArrayList<>();
        for (String name : register) {
            if (!signing.contains(name)) {
                findings.add(Finding.warning("undertecknare.saknas", "/styrelse/ledamoter", name
                        + " är ordinarie ledamot i styrelsen den " + date + " enligt organisationsregistret men saknas bland undertecknarna."));
            }
        }
        for (String name : signing) {
            if (!register.contains(name)) {
                findings.add(Finding.warning("undertecknare.okand", "/styrelse/ledamoter", name
                        + " undertecknar men är inte ordinarie ledamot i styrelsen den " + date + " enligt organisationsregistret."));
            }
        }
        return findings;
    }
}
