package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed meeting 2023-11-30 through the whole flow: agenda, kallelse from the stored meeting, protokoll draft,
 * numbering from § 47, justering with anslag, the freeze, a protokollsutdrag, and the next meetings' numbers.
 * The only test that uses styrelsen's series for 2023 and 2024.
 */
class SeedMeetingFlowTest extends IntegrationTest {

    @Test
    void seedProtokollThroughTheMeetingFlow() throws IOException {
        JsonNode fixture = Api.fixtureJson("protokoll-2023-11-30.json").path("data");

        ObjectNode meeting = Api.JSON.createObjectNode();
        meeting.put("organ", "styrelsen");
        meeting.put("datum", "2023-11-30");
        meeting.set("tid", fixture.path("tid"));
        meeting.put("distansmote", true);
        ArrayNode punkter = meeting.putArray("punkter");
        for (JsonNode p : fixture.path("paragrafer")) {
            punkter.addObject().put("rubrik", p.path("rubrik").asString());
        }
        ((ObjectNode) punkter.get(3)).putArray("typ").add("information");
        Api.Response created = api.post("/api/meetings", meeting, "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("status").asString()).isEqualTo("PLANERAT");

        Api.Response kallelse = api.post("/api/meetings/" + id + "/kallelse", "{\"utfardad\":\"2023-11-23\"}", "sekreterare");
        assertThat(kallelse.status()).as(kallelse.text()).isEqualTo(201);
        assertThat(kallelse.json().path("template").asString()).isEqualTo("kallelse");
        byte[] kallelsePdf = api.get(kallelse.json().path("content").asString(), "styrelse").body();
        String kallelseText = text(kallelsePdf);
        assertThat(kallelseText).contains("Styrelsens sammanträde 2023-11-30, klockan 08.30–12.00")
                .contains("Plats: Distansmöte")
                .contains("Halvårsekvivalenterna och MUCF rapport om unga som varken arbetar eller studerar (UVAS) – Information")
                .contains("Mötet avslutas");

        JsonNode suggestion = api.get("/api/meetings/" + id + "/protokoll", "sekreterare").json();
        assertThat(suggestion.path("ordforande").asString()).isEqualTo("Peter Vigren");
        assertThat(suggestion.path("sekreterare").asString()).isEqualTo("Johanna Långdal Persson");
        assertThat(suggestion.path("beslutande")).hasSize(9);
        assertThat(suggestion.path("paragrafer")).hasSize(14);

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
        assertThat(api.put("/api/meetings/" + id + "/protokoll", draft, "styrelse").status()).isEqualTo(403);
        Api.Response saved = api.put("/api/meetings/" + id + "/protokoll", draft, "sekreterare");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);

        Api.Response numbered = api.post("/api/meetings/" + id + "/protokoll/numrering", "{\"forstaParagraf\":47}",
                "sekreterare");
        assertThat(numbered.status()).as(numbered.text()).isEqualTo(200);
        assertThat(numbered.json().path("forstaParagraf").asInt()).isEqualTo(47);
        assertThat(numbered.json().path("sistaParagraf").asInt()).isEqualTo(60);

        Api.Response justerat = api.post("/api/meetings/" + id + "/justering",
                "{\"datum\":\"2023-12-20\",\"justeradAv\":[\"Mikael Broman\"],\"anslagUppsatt\":\"2023-12-22\"}",
                "sekreterare");
        assertThat(justerat.status()).as(justerat.text()).isEqualTo(200);
        JsonNode anslag = justerat.json().path("meeting").path("anslag");
        assertThat(anslag.path("uppsatt").asString()).isEqualTo("2023-12-22");
        assertThat(anslag.path("nedtas").asString()).isEqualTo("2024-01-12");
        assertThat(justerat.json().path("meeting").path("status").asString()).isEqualTo("JUSTERAT");
        JsonNode findings = justerat.json().path("protokoll").path("findings");
        assertThat(findings).extracting(f -> f.path("code").asString()).containsExactly("protokoll.justering.sen");

        String documentId = justerat.json().path("protokoll").path("id").asString();
        JsonNode archivedData = api.get("/api/documents/" + documentId + "/data", "styrelse").json();
        assertThat(archivedData).as("the flow gives exactly the fixture's data").isEqualTo(fixture);
        byte[] pdf = api.get("/api/documents/" + documentId + "/content", "styrelse").body();
        String sha = justerat.json().path("protokoll").path("sha256").asString();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                    .containsExactly("signatur-sekreterare", "signatur-ordforande", "signatur-justerare-1",
                            "signatur-bevis");
        }
        assertThat(PdfConformance.pdfA2uFailures(pdf)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(pdf)).isEmpty();

        // frozen
        assertThat(api.put("/api/meetings/" + id + "/protokoll", draft, "sekreterare").status()).isEqualTo(409);
        assertThat(api.put("/api/meetings/" + id + "/protokoll", draft, "admin").status()).isEqualTo(409);
        assertThat(api.put("/api/meetings/" + id, meeting, "kansli").status()).isEqualTo(409);
        assertThat(api.post("/api/meetings/" + id + "/justering", "{\"datum\":\"2023-12-21\"}", "sekreterare").status())
                .isEqualTo(409);
        Api.Response after = api.get("/api/documents/" + documentId, "styrelse");
        assertThat(after.json().path("sha256").asString()).isEqualTo(sha);
        assertThat(api.get("/api/meetings/" + id, "styrelse").json().path("protokollDokument").asString())
                .isEqualTo(documentId);

        // protokollsutdrag
        Api.Response utdrag = api.post("/api/meetings/" + id + "/utdrag",
                "{\"paragrafer\":[51,52],\"datum\":\"2024-01-15\"}", "sekreterare");
        assertThat(utdrag.status()).as(utdrag.text()).isEqualTo(201);
        byte[] utdragPdf = api.get(utdrag.json().path("content").asString(), "styrelse").body();
        String utdragText = text(utdragPdf);
        assertThat(utdragText).contains("UTDRAG UR PROTOKOLL").contains("§ 51 Överenskommelse/Verksamhetsplan och budget")
                .contains("§ 52 Mötesplan för 2024/Årshjul").doesNotContain("§ 50").doesNotContain("§ 53")
                .contains("Protokollet justerades 2023-12-20 av Mikael Broman").contains("Rätt utdraget intygar")
                .contains("Johanna Långdal Persson");
        try (PDDocument document = Loader.loadPDF(utdragPdf)) {
            List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();
            assertThat(fields).extracting(PDField::getPartialName).containsExactly("signatur-intygas");
            assertThat(fields.get(0).getAlternateFieldName()).isEqualTo("Rätt utdraget intygar Johanna Långdal Persson");
        }
        assertThat(PdfConformance.pdfA2uFailures(utdragPdf)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(utdragPdf)).isEmpty();
        Api.Response missing = api.post("/api/meetings/" + id + "/utdrag", "{\"paragrafer\":[51,61]}", "sekreterare");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/paragrafer/1");

        // the next 2023 meeting continues at § 61, the first of 2024 starts at § 1
        MeetingFlow flow = new MeetingFlow(api);
        JsonNode december = flow.number(flow.withDraft("styrelsen", LocalDate.of(2023, 12, 14), 3));
        assertThat(december.path("forstaParagraf").asInt()).isEqualTo(61);
        assertThat(december.path("sistaParagraf").asInt()).isEqualTo(63);
        JsonNode march = flow.number(flow.withDraft("styrelsen", LocalDate.of(2024, 3, 22), 13));
        assertThat(march.path("forstaParagraf").asInt()).isEqualTo(1);
        assertThat(march.path("sistaParagraf").asInt()).isEqualTo(13);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return ProtokollFixtureTest.normalise(new PDFTextStripper().getText(document));
        }
    }
}
