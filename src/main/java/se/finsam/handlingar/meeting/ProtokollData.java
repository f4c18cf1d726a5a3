package se.finsam.handlingar.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.organisation.Forbund;
import se.finsam.handlingar.organisation.Member;
import se.finsam.handlingar.organisation.MemberRole;
import se.finsam.handlingar.organisation.Organ;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import se.finsam.handlingar.organisation.StaffMember;
import se.finsam.handlingar.organisation.StaffPosition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the data of the {@code kallelse}, {@code protokoll} and {@code protokollsutdrag} templates from a stored meeting
 * and the organisation register.
 */
@Component
class ProtokollData {

    /** Top-level fields of a protokoll draft; the rest of the protokoll comes from the meeting and the register. */
    static final Set<String> DRAFT_FIELDS = Set.of("beslutande", "ovrigaDeltagare", "sekreterare", "ordforande",
            "justerare", "paragrafer", "privatpersoner");

    private final OrganisationDirectory organisation;
    private final JsonMapper json;

    ProtokollData(OrganisationDirectory organisation, JsonMapper json) {
        this.organisation = organisation;
        this.json = json;
    }

    record Bevis(LocalDate justeringsdatum, LocalDate uppsatt, LocalDate nedtas, String forvaringsplats,
            String anslagsplatser, String underskrift) {
    }

    Organ organ(String kod) {
        return organisation.organ(kod).orElseThrow(() -> new IllegalStateException("organ " + kod + " missing"));
    }

    ObjectNode kallelse(String organKod, LocalDate datum, JsonNode agenda, LocalDate utfardad) {
        Organ organ = organ(organKod);
        ObjectNode data = json.createObjectNode();
        data.put("forbund", organisation.requireForbund().namn());
        data.put("utfardad", utfardad.toString());
        data.put("organ", organ.namn());
        if (organ.genitiv() != null) {
            data.put("organGenitiv", organ.genitiv());
        }
        data.put("datum", datum.toString());
        agenda.properties().forEach(e -> data.set(e.getKey(), e.getValue()));
        return data;
    }

    /** The protokoll data for the draft, numbered from {@code firstNumber}; with the Bevis block when given. */
    ObjectNode protokoll(Meeting meeting, JsonNode draft, int firstNumber, Bevis bevis) {
        Forbund forbund = organisation.requireForbund();
        ObjectNode data = json.createObjectNode();
        data.put("forbund", forbund.namn());
        data.put("organ", organ(meeting.organ()).namn());
        data.put("datum", meeting.datum().toString());
        for (String field : List.of("tid", "plats", "distansmote")) {
            if (meeting.agenda().has(field)) {
                data.set(field, meeting.agenda().get(field));
            }
        }
        draft.properties().forEach(e -> data.set(e.getKey(), e.getValue().deepCopy()));
        if (data.get("paragrafer") instanceof ArrayNode paragrafer) {
            for (int i = 0; i < paragrafer.size(); i++) {
                if (paragrafer.get(i) instanceof ObjectNode p) {
                    ObjectNode numbered = json.createObjectNode();
                    numbered.put("nummer", firstNumber + i);
                    p.properties().forEach(e -> {
                        if (!e.getKey().equals("nummer")) {
                            numbered.set(e.getKey(), e.getValue());
                        }
                    });
                    paragrafer.set(i, numbered);
                }
            }
        }
        if (bevis != null) {
            ObjectNode b = data.putObject("bevis");
            b.put("justeringsdatum", bevis.justeringsdatum().toString());
            b.put("anslagUppsatt", bevis.uppsatt().toString());
            b.put("anslagNedtas", bevis.nedtas().toString());
            b.put("forvaringsplats", bevis.forvaringsplats());
            if (bevis.anslagsplatser() != null) {
                b.put("anslagsplatser", bevis.anslagsplatser());
            }
            if (bevis.underskrift() != null) {
                b.put("underskrift", bevis.underskrift());
            }
        }
        return data;
    }

    /** A first draft from the register and the agenda: who sits in the organ, the kansli, one § per agenda item. */
    ObjectNode suggestedDraft(Meeting meeting) {
        ObjectNode draft = json.createObjectNode();
        ArrayNode beslutande = draft.putArray("beslutande");
        String ordforande = null;
        for (Member m : organisation.members(meeting.organ(), meeting.datum())) {
            if (!m.ordinarie()) {
                continue;
            }
            ObjectNode b = beslutande.addObject();
            b.put("namn", m.namn());
            if (m.huvudman() != null) {
                b.put("representerar", m.huvudman().namn());
            }
            if (m.roll() == MemberRole.ORDFORANDE || m.roll() == MemberRole.VICE_ORDFORANDE) {
                b.put("roll", m.roll().label());
            }
            if (m.roll() == MemberRole.ORDFORANDE) {
                ordforande = m.namn();
            }
        }
        ArrayNode ovriga = draft.putArray("ovrigaDeltagare");
        String sekreterare = null;
        for (StaffMember s : organisation.staff(meeting.datum())) {
            if (s.befattning() == StaffPosition.SEKRETERARE) {
                sekreterare = s.namn();
            } else {
                ovriga.addObject().put("namn", s.namn()).put("roll", s.befattning().label());
            }
        }
        if (sekreterare != null) {
            draft.put("sekreterare", sekreterare);
        }
        if (ordforande != null) {
            draft.put("ordforande", ordforande);
        }
        draft.putArray("justerare");
        ArrayNode paragrafer = draft.putArray("paragrafer");
        for (JsonNode punkt : meeting.agenda().path("punkter")) {
            paragrafer.addObject().put("rubrik", punkt.path("rubrik").asString());
        }
        return draft;
    }
}
