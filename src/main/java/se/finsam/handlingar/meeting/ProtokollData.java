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
    private final OmedelbarJusteringRepository omedelbara;

    ProtokollData(OrganisationDirectory organisation, JsonMapper json, OmedelbarJusteringRepository omedelbara) {
        this.organisation = organisation;
        this.json = json;
        this.omedelbara = omedelbara;
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
        if (meeting.forstaParagraf() != null && data.get("paragrafer") instanceof ArrayNode paragrafer) {
            keepOmedelbartJusterade(meeting, paragrafer, firstNumber);
        }
        if (bevis != null) {
            data.set("bevis", bevis(bevis));
        }
        return data;
    }

    /**
     * §§ justerade omedelbart stay exactly as they were justerade (whatever the draft says now), each with a note of
     * the justering.
     */
    private void keepOmedelbartJusterade(Meeting meeting, ArrayNode paragrafer, int firstNumber) {
        for (OmedelbarJusteringRepository.Stored stored : omedelbara.forMeeting(meeting.id())) {
            for (JsonNode entry : stored.innehall()) {
                int index = entry.path("index").asInt();
                if (index < 0 || index >= paragrafer.size()) {
                    continue;
                }
                ObjectNode numbered = json.createObjectNode();
                numbered.put("nummer", firstNumber + index);
                entry.path("paragraf").properties().forEach(e -> {
                    if (!e.getKey().equals("nummer")) {
                        numbered.set(e.getKey(), e.getValue().deepCopy());
                    }
                });
                numbered.putObject("omedelbartJusterad").put("datum", stored.justering().justeringsdatum().toString());
                paragrafer.set(index, numbered);
            }
        }
    }

    /**
     * The data of the protokollsutdrag an omedelbar justering archives: the chosen §§ of the complete protokoll data
     * (in § order), who justerade, and its own Bevis block.
     */
    ObjectNode omedelbartUtdrag(JsonNode full, List<Integer> numbers, Bevis bevis) {
        ObjectNode data = json.createObjectNode();
        for (String field : List.of("forbund", "organ", "datum")) {
            data.set(field, full.path(field).deepCopy());
        }
        data.put("justeringsdatum", bevis.justeringsdatum().toString());
        data.put("utdragsdatum", bevis.justeringsdatum().toString());
        data.set("justerare", full.path("justerare").deepCopy());
        data.put("ordforande", full.path("ordforande").asString());
        data.put("intygas", full.path("sekreterare").asString());
        data.put("omedelbarJustering", true);
        if (!full.path("privatpersoner").isEmpty()) {
            data.set("privatpersoner", full.path("privatpersoner").deepCopy());
        }
        ArrayNode chosen = data.putArray("paragrafer");
        for (JsonNode p : full.path("paragrafer")) {
            if (numbers.contains(p.path("nummer").asInt())) {
                chosen.add(p.deepCopy());
            }
        }
        data.set("bevis", bevis(bevis));
        return data;
    }

    private ObjectNode bevis(Bevis bevis) {
        ObjectNode b = json.createObjectNode();
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
        return b;
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
