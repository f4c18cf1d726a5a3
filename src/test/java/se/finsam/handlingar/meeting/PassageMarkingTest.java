package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import se.finsam.handlingar.support.PdfText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publication marking of a part of a text: a passage quoted from a § with its ground. The public version has the
 * template's wording in its place (every occurrence in the §), the record keeps the text, bad markings answer 422.
 */
class PassageMarkingTest extends IntegrationTest {

    private static final String SECRET = "som har en diagnos inom psykiatrin";
    private static final String ADDRESS = "Storgatan 5 i Vännäs";

    static ObjectNode draft() {
        ObjectNode draft = MeetingFlow.draft(3);
        ObjectNode p = (ObjectNode) draft.get("paragrafer").get(1);
        p.put("rubrik", "Insats för deltagare")
                .put("text", "Deltagaren, " + SECRET + ", erbjuds arbetsträning. Deltagaren bor på " + ADDRESS
                        + ".\n\nInsatsen följs upp i maj.")
                .put("beslut", "Styrelsen beviljar insatsen för deltagaren " + SECRET + ".");
        ArrayNode parts = p.putArray("textdelarEjForPublicering");
        parts.addObject().put("text", SECRET).put("grund", "OSL 26 kap. 1 §");
        parts.addObject().put("text", ADDRESS).put("grund", "personuppgifter");
        return draft;
    }

    @Test
    void publicDataHasTheMarkerInPlaceOfEveryOccurrenceAndNotThePassages() {
        ObjectNode full = draft();
        int n = 10;
        for (JsonNode p : full.get("paragrafer")) {
            ((ObjectNode) p).put("nummer", n++);
        }
        assertThat(PublicVersion.hasMarkings(full)).isTrue();
        ObjectNode pub = PublicVersion.of(full);
        JsonNode p = pub.path("paragrafer").get(1);
        assertThat(pub.toString()).doesNotContain(SECRET, ADDRESS, "textdelarEjForPublicering");
        assertThat(p.path("text").asString()).isEqualTo("Deltagaren, {utelamnat:OSL 26 kap. 1 §}, erbjuds"
                + " arbetsträning. Deltagaren bor på {utelamnat:personuppgifter}.\n\nInsatsen följs upp i maj.");
        assertThat(p.path("beslut").asString())
                .isEqualTo("Styrelsen beviljar insatsen för deltagaren {utelamnat:OSL 26 kap. 1 §}.");
        assertThat(p.path("rubrik").asString()).isEqualTo("Insats för deltagare");
        assertThat(full.toString()).contains(SECRET, ADDRESS).doesNotContain("utelamnat");
    }

    @Test
    void badMarkingsAreRefusedWithPointers() {
        MeetingFlow flow = new MeetingFlow(api);
        String id = flow.create(flow.newOrgan("Markeringsnämnden"), LocalDate.now(ZoneId.of("Europe/Stockholm")), 3);
        ObjectNode draft = draft();
        ArrayNode parts = (ArrayNode) draft.get("paragrafer").get(1).get("textdelarEjForPublicering");
        parts.addObject().put("text", "står inte i paragrafen").put("grund", "OSL 26 kap. 1 §");
        parts.addObject().put("text", "arbetsträning").put("grund", "OSL {26}");
        parts.addObject().put("text", "Insatsen");
        Api.Response refused = api.put("/api/meetings/" + id + "/protokoll", draft, "sekreterare");
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(pointers(refused)).as(refused.text())
                .anyMatch(p -> p.startsWith("/paragrafer/1/textdelarEjForPublicering/4"));
        ObjectNode withoutMissingGround = draft();
        ArrayNode more = (ArrayNode) withoutMissingGround.get("paragrafer").get(1).get("textdelarEjForPublicering");
        more.addObject().put("text", "står inte i paragrafen").put("grund", "OSL 26 kap. 1 §");
        more.addObject().put("text", "arbetsträning").put("grund", "OSL {26}");
        Api.Response semantic = api.put("/api/meetings/" + id + "/protokoll", withoutMissingGround, "sekreterare");
        assertThat(semantic.status()).as(semantic.text()).isEqualTo(422);
        assertThat(pointers(semantic)).containsExactlyInAnyOrder("/paragrafer/1/textdelarEjForPublicering/2/text",
                "/paragrafer/1/textdelarEjForPublicering/3/grund");
        assertThat(semantic.text()).contains("finns inte i § 2");
        assertThat(api.get("/api/meetings/" + id + "/protokoll", "sekreterare").text()).as("nothing stored")
                .doesNotContain("står inte i paragrafen");
    }

    @Test
    void justeringPublishesThePublicVersionWithoutThePassagesAndKeepsThemInTheRecord() throws Exception {
        MeetingFlow flow = new MeetingFlow(api);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String id = flow.create(flow.newOrgan("Textdelsnämnden"), today.minusDays(3), 3);
        Api.Response saved = api.put("/api/meetings/" + id + "/protokoll", draft(), "sekreterare");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        Api.Response justerad = flow.justera(id, today.minusDays(1), today);
        assertThat(justerad.status()).as(justerad.text()).isEqualTo(200);
        JsonNode anslag = justerad.json().path("meeting").path("anslag");
        String record = anslag.path("protokollDokument").asString();
        String publik = anslag.path("publikDokument").asString();
        assertThat(publik).isNotBlank().isNotEqualTo(record);

        byte[] full = api.get("/api/documents/" + record + "/content", "styrelse").body();
        byte[] pub = api.get("/api/documents/" + publik + "/content", "styrelse").body();
        String fullText = PdfText.of(full).replaceAll("\\s+", " ");
        String pubText = PdfText.of(pub).replaceAll("\\s+", " ");
        assertThat(fullText).contains("Deltagaren, " + SECRET + ", erbjuds arbetsträning", ADDRESS,
                "beviljar insatsen för deltagaren " + SECRET, "Ej för publicering (OSL 26 kap. 1 §)");
        assertThat(pubText).doesNotContain(SECRET, ADDRESS, "Storgatan", "diagnos", "Ej för publicering")
                .contains("§ 2 Insats för deltagare",
                        "Deltagaren, [uppgift enligt OSL 26 kap. 1 § utelämnad], erbjuds arbetsträning.",
                        "Deltagaren bor på [uppgift utelämnad: personuppgifter].",
                        "beviljar insatsen för deltagaren [uppgift enligt OSL 26 kap. 1 § utelämnad].",
                        "Insatsen följs upp i maj.", "Justeringsdatum: " + today.minusDays(1), "BEVIS");
        assertThat(api.get("/api/documents/" + publik + "/data", "styrelse").text()).doesNotContain(SECRET, ADDRESS);
        assertThat(api.get("/api/documents/" + record + "/data", "styrelse").text()).contains(SECRET, ADDRESS);
        assertThat(PdfConformance.pdfA2uFailures(pub)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(pub)).isEmpty();
        assertThat(PdfConformance.pdfA2uFailures(full)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(full)).isEmpty();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "protokoll-textdelar-publik.pdf"), pub);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "protokoll-textdelar.pdf"), full);

        Api.Response served = api.get("/anslagstavla/" + id + "/protokoll.pdf", null);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(pub);
    }

    private static java.util.List<String> pointers(Api.Response response) {
        java.util.List<String> pointers = new java.util.ArrayList<>();
        response.json().path("errors").forEach(e -> pointers.add(e.path("pointer").asString()));
        return pointers;
    }
}
