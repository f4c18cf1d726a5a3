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
 * Omedelbar justering (KL 8 kap. 12 §) over HTTP: one § of a numbered protokoll justerad at the meeting gives a
 * protokollsutdrag with its own Bevis and its own anslag (its public version on the anslagstavla), the § is frozen in
 * the draft, and the complete protokoll justerat later keeps it as justerad with a note.
 */
class OmedelbarJusteringTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    /** § 1 plain, § 2 under sekretess, § 3 naming a private individual (the one justerad omedelbart). */
    private static ObjectNode draft() {
        ObjectNode draft = PublicVersionTest.markedDraft();
        ((ObjectNode) draft.get("paragrafer").get(2)).remove("delpunkter");
        return draft;
    }

    @Test
    void oneParagrafJusteradAtTheMeetingWithItsOwnBevisAndAnslag() throws Exception {
        MeetingFlow flow = new MeetingFlow(api);
        LocalDate datum = TODAY.minusDays(1);
        String id = flow.create(flow.newOrgan("Omedelbarnämnden"), datum, 3);
        assertThat(api.put("/api/meetings/" + id + "/protokoll", draft(), "sekreterare").status()).isEqualTo(200);
        flow.number(id);

        Api.Response r = api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [3]}", "sekreterare");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode omedelbar = r.json().path("omedelbarJustering");
        String justering = omedelbar.path("id").asString();
        assertThat(omedelbar.path("paragrafer").toString()).isEqualTo("[3]");
        assertThat(omedelbar.path("justeringsdatum").asString()).isEqualTo(datum.toString());
        JsonNode anslag = omedelbar.path("anslag");
        assertThat(anslag.path("uppsatt").asString()).isEqualTo(TODAY.toString());
        assertThat(anslag.path("nedtas").asString()).isEqualTo(TODAY.plusDays(21).toString());
        assertThat(anslag.path("sistaDagForOverklagande").asString()).isEqualTo(AppealPeriod.lastDay(TODAY).toString());
        assertThat(anslag.path("pdf").asString()).isEqualTo("/anslagstavla/" + id + "/utdrag/" + justering + ".pdf");
        assertThat(r.json().path("meeting").path("status").asString()).isEqualTo("NUMRERAT");
        String utdragId = r.json().path("utdrag").path("id").asString();
        assertThat(omedelbar.path("utdragDokument").asString()).isEqualTo(utdragId);

        // the record: the § with the name, its own Bevis, the signature lines of ordförande and justerare
        byte[] utdrag = api.get("/api/documents/" + utdragId + "/content", "styrelse").body();
        String text = PdfText.of(utdrag).replaceAll("\\s+", " ");
        assertThat(text).contains("Omedelbart justerad paragraf")
                .contains("Paragrafen § 3 justerades omedelbart vid sammanträdet " + datum
                        + " av Peter Vigren och Mikael Broman.")
                .contains("§ 3 Medborgarförslag", "Anna Berg har lämnat", "BEVIS", "Justeringsdatum: " + datum,
                        "Datum för anslags uppsättande: " + TODAY, "Datum för anslags nedtagande: " + TODAY.plusDays(21))
                .doesNotContain("§ 1 Punkt 1", "arbetsträning", "Rätt utdraget intygar");
        JsonNode fields = api.get("/api/documents/" + utdragId + "/signatures", "styrelse").json();
        assertThat(fields.toString()).contains("signatur-ordforande", "signatur-justerare-1", "signatur-bevis");
        assertThat(PdfConformance.pdfA2uFailures(utdrag)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(utdrag)).isEmpty();
        JsonNode meta = api.get("/api/documents/" + utdragId, "styrelse").json();
        assertThat(meta.path("template").asString()).isEqualTo("protokollsutdrag");
        assertThat(meta.path("subject").asString()).isEqualTo("meeting/" + id);

        // the anslagstavla: its own row and the public version (the name masked), never the record
        String page = api.get("/anslagstavla", null).text();
        assertThat(page).contains("id=\"anslag-" + id + "-" + justering + "\"", "omedelbar justering § 3",
                "href=\"/anslagstavla/" + id + "/utdrag/" + justering + ".pdf\"");
        Api.Response served = api.get("/anslagstavla/" + id + "/utdrag/" + justering + ".pdf", null);
        assertThat(served.status()).isEqualTo(200);
        String publik = anslag.path("publikDokument").asString();
        assertThat(publik).isNotEqualTo(utdragId);
        assertThat(served.body()).isEqualTo(api.get("/api/documents/" + publik + "/content", "styrelse").body());
        String servedText = PdfText.of(served.body()).replaceAll("\\s+", " ");
        assertThat(servedText).contains("N.N. har lämnat", "BEVIS", "Offentlig version").doesNotContain("Anna Berg");
        assertThat(PdfConformance.pdfA2uFailures(served.body())).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(served.body())).isEmpty();
        assertThat(api.get("/anslagstavla/" + id + "/protokoll.pdf", null).status())
                .as("the rest of the protokoll is not justerat yet").isEqualTo(404);
        assertThat(api.get("/anslagstavla/anslag.atom", null).text()).contains("urn:uuid:" + justering,
                "§ 3 omedelbart justerad");

        JsonNode listed = api.get("/api/meetings/" + id + "/omedelbar-justering", "styrelse").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(justering);
        JsonNode audit = api.get("/api/audit?kind=meeting.omedelbart-justerat&object=meeting/" + id, "admin").json();
        assertThat(audit.path("items").get(0).path("details").path("sha256").asString())
                .isEqualTo(meta.path("sha256").asString());

        // the § is frozen in the draft; the others are not
        ObjectNode changed = draft();
        ((ObjectNode) changed.get("paragrafer").get(2)).put("beslut", "Förslaget avslås.");
        Api.Response refused = api.put("/api/meetings/" + id + "/protokoll", changed, "sekreterare");
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/paragrafer/2");
        ObjectNode other = draft();
        ((ObjectNode) other.get("paragrafer").get(0)).put("beslut", "Mötet öppnades.");
        assertThat(api.put("/api/meetings/" + id + "/protokoll", other, "sekreterare").status()).isEqualTo(200);

        // the complete protokoll, justerat later, keeps § 3 as justerad with a note; both anslag are up
        Api.Response full = flow.justera(id, TODAY, TODAY);
        assertThat(full.status()).as(full.text()).isEqualTo(200);
        String record = full.json().path("meeting").path("protokollDokument").asString();
        String fullText = PdfText.of(api.get("/api/documents/" + record + "/content", "styrelse").body())
                .replaceAll("\\s+", " ");
        assertThat(fullText).contains("Paragrafen justerades omedelbart " + datum + ".", "Mötet öppnades.",
                "Förslaget från Anna Berg besvaras av kansliet.");
        assertThat(api.get("/anslagstavla/" + id + "/protokoll.pdf", null).status()).isEqualTo(200);
        assertThat(api.get("/anslagstavla/" + id + "/utdrag/" + justering + ".pdf", null).status()).isEqualTo(200);
        Api.Response late = api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [1]}", "sekreterare");
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void badRequestsNamePointersAndArchiveNothing() {
        MeetingFlow flow = new MeetingFlow(api);
        LocalDate datum = TODAY.minusDays(2);
        String id = flow.create(flow.newOrgan(), datum, 3);
        assertThat(api.put("/api/meetings/" + id + "/protokoll", MeetingFlow.draft(3), "sekreterare").status())
                .isEqualTo(200);
        Api.Response unnumbered = api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [1]}",
                "sekreterare");
        assertThat(unnumbered.status()).as(unnumbered.text()).isEqualTo(409);
        assertThat(unnumbered.text()).contains("Numrera protokollet");
        JsonNode numbered = flow.number(id);
        int first = numbered.path("forstaParagraf").asInt();
        long before = api.get("/api/documents?subject=meeting/" + id, "styrelse").json().path("total").asLong();

        assertPointer(api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": []}", "sekreterare"),
                "/paragrafer");
        assertPointer(api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [" + first + ", 999]}",
                "sekreterare"), "/paragrafer/1");
        assertPointer(api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [" + first + ", " + first
                + "]}", "sekreterare"), "/paragrafer/1");
        assertPointer(api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [" + first + "], \"datum\": \""
                + datum.plusDays(1) + "\"}", "sekreterare"), "/datum");
        assertPointer(api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [" + first
                + "], \"anslagUppsatt\": \"" + datum.plusDays(5) + "\"}", "sekreterare"), "/anslagUppsatt");
        // a value of the wrong JSON type is refused before it is read (422, as every bad field), with its pointer
        Api.Response wrongType = api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": \"x\"}",
                "sekreterare");
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().path("errors").toString()).contains("\"pointer\":\"/paragrafer\"");
        assertPointer(api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [" + first
                + "], \"digital\": true, \"anslagUppsatt\": \"" + datum.plusDays(5) + "\"}", "sekreterare"),
                "/anslagUppsatt");
        ObjectNode forged = MeetingFlow.draft(3);
        ((ObjectNode) ((ArrayNode) forged.get("paragrafer")).get(0)).putObject("omedelbartJusterad")
                .put("datum", datum.toString());
        assertPointer(api.put("/api/meetings/" + id + "/protokoll", forged, "sekreterare"),
                "/paragrafer/0/omedelbartJusterad");
        assertThat(api.get("/api/documents?subject=meeting/" + id, "styrelse").json().path("total").asLong())
                .as("nothing archived by refused requests").isEqualTo(before);

        Api.Response ok = api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [" + (first + 1) + "]}",
                "sekreterare");
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.json().path("omedelbarJustering").path("anslag").path("publikDokument").asString())
                .as("nothing withheld: the utdrag itself is public")
                .isEqualTo(ok.json().path("utdrag").path("id").asString());
        assertPointer(api.post("/api/meetings/" + id + "/justering", "{\"paragrafer\": [" + (first + 1) + "]}",
                "sekreterare"), "/paragrafer/0");
    }

    private static void assertPointer(Api.Response r, String pointer) {
        assertThat(r.status()).as(r.text()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("errors").toString()).contains("\"pointer\":\"" + pointer + "\"");
    }
}
