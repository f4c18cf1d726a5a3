package se.finsam.handlingar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed protokoll 2023-11-30 ({@code fixtures/protokoll-2023-11-30.json}) archived the only way a protokoll is:
 * through a meeting and its justering, here in an organ of its own so every call starts a fresh § series.
 */
public final class SeedProtokoll {

    /** The justerat meeting and its archived protokoll. */
    public record Justerat(String meetingId, UUID protokollId, String organ) {
    }

    private SeedProtokoll() {
    }

    public static Justerat justera(Api api) {
        return justera(api, "2023-11-30", "2023-12-20", "2023-12-22");
    }

    /** The same protokoll held, justerat and put up on the given days (ÅÅÅÅ-MM-DD). */
    public static Justerat justera(Api api, String datum, String justeringsdatum, String anslag) {
        return justera(api, datum, justeringsdatum, anslag, false);
    }

    /**
     * The same protokoll sent for digital justering (status JUSTERAS): archived, waiting for the justerare's and the
     * ordförande's signatures, agreed to be justerat on {@code justeringsdatum}.
     */
    public static Justerat sendForDigitalJustering(Api api, String datum, String justeringsdatum, String anslag) {
        return justera(api, datum, justeringsdatum, anslag, true);
    }

    /** The meeting held on {@code datum} with the seed protokoll saved and numbered § 47–, not justerat yet. */
    public static String numbered(Api api, String datum) {
        JsonNode fixture = Api.fixtureJson("protokoll-2023-11-30.json").path("data");
        String organ = "seed-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response madeOrgan = api.put("/api/organisation/organs/" + organ,
                "{\"namn\":\"Styrelsen\",\"genitiv\":\"Styrelsens\"}", "kansli");
        assertThat(madeOrgan.status()).as(madeOrgan.text()).isEqualTo(200);

        ObjectNode meeting = Api.JSON.createObjectNode();
        meeting.put("organ", organ);
        meeting.put("datum", datum);
        meeting.set("tid", fixture.path("tid"));
        meeting.put("distansmote", true);
        ArrayNode punkter = meeting.putArray("punkter");
        for (JsonNode p : fixture.path("paragrafer")) {
            punkter.addObject().put("rubrik", p.path("rubrik").asString());
        }
        Api.Response created = api.post("/api/meetings", meeting, "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asString();

        ObjectNode draft = Api.JSON.createObjectNode();
        for (String field : List.of("beslutande", "ovrigaDeltagare", "sekreterare", "ordforande", "justerare")) {
            draft.set(field, fixture.path(field));
        }
        ArrayNode paragrafer = draft.putArray("paragrafer");
        for (JsonNode p : fixture.path("paragrafer")) {
            ObjectNode copy = (ObjectNode) p.deepCopy();
            copy.remove("nummer");
            paragrafer.add(copy);
        }
        Api.Response saved = api.put("/api/meetings/" + id + "/protokoll", draft, "sekreterare");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        Api.Response numbered = api.post("/api/meetings/" + id + "/protokoll/numrering", "{\"forstaParagraf\":47}",
                "sekreterare");
        assertThat(numbered.status()).as(numbered.text()).isEqualTo(200);
        return id;
    }

    private static Justerat justera(Api api, String datum, String justeringsdatum, String anslag, boolean digital) {
        String id = numbered(api, datum);
        Api.Response justerat = api.post("/api/meetings/" + id + "/justering",
                "{\"datum\":\"" + justeringsdatum + "\",\"justeradAv\":[\"Mikael Broman\"],\"anslagUppsatt\":\"" + anslag
                        + "\",\"digital\":" + digital + "}",
                "sekreterare");
        assertThat(justerat.status()).as(justerat.text()).isEqualTo(200);
        return new Justerat(id, UUID.fromString(justerat.json().path("protokoll").path("id").asString()),
                justerat.json().path("meeting").path("organ").asString());
    }
}
