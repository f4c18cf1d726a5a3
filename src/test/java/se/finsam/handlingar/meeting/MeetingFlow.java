package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import se.finsam.handlingar.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Steps of the meeting flow over HTTP, for tests.
 */
final class MeetingFlow {

    private final Api api;

    MeetingFlow(Api api) {
        this.api = api;
    }

    /** A new organ of its own, so tests don't share § series. */
    String newOrgan() {
        return newOrgan("Testnämnden");
    }

    String newOrgan(String namn) {
        String kod = "test-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode organ = Api.JSON.createObjectNode().put("namn", namn);
        Api.Response r = api.put("/api/organisation/organs/" + kod, organ, "kansli");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return kod;
    }

    static ObjectNode meetingBody(String organ, LocalDate datum, int items) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("organ", organ);
        body.put("datum", datum.toString());
        body.putObject("tid").put("fran", "09:00").put("till", "12:00");
        body.put("plats", "Förbundets kansli");
        ArrayNode punkter = body.putArray("punkter");
        for (int i = 1; i <= items; i++) {
            punkter.addObject().put("rubrik", "Punkt " + i);
        }
        return body;
    }

    static ObjectNode draft(int items) {
        ObjectNode draft = Api.JSON.createObjectNode();
        draft.putArray("beslutande").addObject().put("namn", "Peter Vigren").put("representerar", "Umeå kommun");
        draft.put("sekreterare", "Johanna Långdal Persson");
        draft.put("ordforande", "Peter Vigren");
        draft.putArray("justerare").add("Mikael Broman");
        ArrayNode paragrafer = draft.putArray("paragrafer");
        for (int i = 1; i <= items; i++) {
            paragrafer.addObject().put("rubrik", "Punkt " + i).put("text", "Text till punkt " + i + ".");
        }
        return draft;
    }

    String create(String organ, LocalDate datum, int items) {
        Api.Response r = api.post("/api/meetings", meetingBody(organ, datum, items), "sekreterare");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    /** A meeting with a saved protokoll draft of {@code items} §. */
    String withDraft(String organ, LocalDate datum, int items) {
        String id = create(organ, datum, items);
        Api.Response r = api.put("/api/meetings/" + id + "/protokoll", draft(items), "sekreterare");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return id;
    }

    JsonNode number(String id) {
        Api.Response r = api.post("/api/meetings/" + id + "/protokoll/numrering", "{}", "sekreterare");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    Api.Response justera(String id, LocalDate datum, LocalDate uppsatt) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("datum", datum.toString());
        if (uppsatt != null) {
            body.put("anslagUppsatt", uppsatt.toString());
        }
        return api.post("/api/meetings/" + id + "/justering", body, "sekreterare");
    }
}
