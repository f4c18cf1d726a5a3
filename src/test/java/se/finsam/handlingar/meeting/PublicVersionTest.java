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
 * Publication marking: a § under sekretess and a private individual. The public version leaves the § out with its
 * ground under the same number and masks the name; the complete protokoll keeps both. Both pass PDF/A-2u and PDF/UA-1.
 */
class PublicVersionTest extends IntegrationTest {

    static ObjectNode markedDraft() {
        ObjectNode draft = MeetingFlow.draft(3);
        draft.putArray("privatpersoner").add("Anna Berg");
        ArrayNode paragrafer = (ArrayNode) draft.get("paragrafer");
        ((ObjectNode) paragrafer.get(1)).put("rubrik", "Ansökan om stöd för enskild")
                .put("text", "Ansökan från deltagaren gäller arbetsträning hos Umeå kommun.")
                .putObject("ejForPublicering").put("grund", "OSL 26 kap. 1 §");
        ((ObjectNode) paragrafer.get(2)).put("rubrik", "Medborgarförslag")
                .put("text", "Anna Berg har lämnat ett förslag om öppettider. Annalena Ek svarade för kansliet.")
                .put("beslut", "Förslaget från Anna Berg besvaras av kansliet.");
        ((ObjectNode) paragrafer.get(2)).putArray("delpunkter").addObject().put("rubrik", "Bakgrund")
                .put("text", "Uppgifter om hälsa.").putObject("ejForPublicering").put("grund", "personuppgifter");
        return draft;
    }

    @Test
    void publicDataLeavesOutMarkedPartsAndMasksPrivateIndividuals() {
        ObjectNode full = markedDraft();
        int n = 50;
        for (JsonNode p : full.get("paragrafer")) {
            ((ObjectNode) p).put("nummer", n++);
        }
        assertThat(PublicVersion.hasMarkings(full)).isTrue();
        assertThat(PublicVersion.hasMarkings(MeetingFlow.draft(2))).isFalse();
        ObjectNode pub = PublicVersion.of(full);
        String text = pub.toString();
        assertThat(pub.path("publik").asBoolean()).isTrue();
        assertThat(pub.has("privatpersoner")).isFalse();
        assertThat(text).doesNotContain("Anna Berg", "arbetsträning", "Ansökan om stöd", "hälsa")
                .contains("Annalena Ek");
        assertThat(pub.path("paragrafer").get(1).toString())
                .isEqualTo("{\"nummer\":51,\"utelamnad\":{\"grund\":\"OSL 26 kap. 1 §\"}}");
        assertThat(pub.path("paragrafer").get(2).path("beslut").asString())
                .isEqualTo("Förslaget från " + PublicVersion.MASK + " besvaras av kansliet.");
        assertThat(pub.path("paragrafer").get(2).path("delpunkter").get(0).toString())
                .isEqualTo("{\"utelamnad\":{\"grund\":\"personuppgifter\"}}");
        assertThat(full.toString()).contains("Anna Berg", "arbetsträning").doesNotContain("utelamnad");
        assertThat(pub.path("beslutande").get(0).path("namn").asString()).isEqualTo("Peter Vigren");
    }

    @Test
    void publicPdfFromTheSameDataWithSameNumbersAndNoSecretOrName() throws java.io.IOException {
        MeetingFlow flow = new MeetingFlow(api);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String id = flow.create(flow.newOrgan("Publiceringsnämnden"), today.minusDays(3), 3);
        Api.Response saved = api.put("/api/meetings/" + id + "/protokoll", markedDraft(), "sekreterare");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        flow.number(id);

        Api.Response pub = api.get("/api/meetings/" + id + "/protokoll/publik/preview", "sekreterare");
        assertThat(pub.status()).as(pub.text()).isEqualTo(200);
        String text = PdfText.of(pub.body()).replaceAll("\\s+", " ");
        assertThat(text).contains("§ 2 Ärendet innehåller uppgifter som omfattas av sekretess enligt OSL 26 kap. 1 §.")
                .contains("§ 3 Medborgarförslag").contains("N.N. har lämnat ett förslag")
                .contains("Ärendet innehåller uppgifter som inte publiceras (personuppgifter).")
                .contains("Offentlig version. Uppgifter som inte får publiceras är utelämnade")
                .doesNotContain("Anna Berg", "arbetsträning", "Ansökan om stöd", "hälsa");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "protokoll-publik.pdf"), pub.body());
        assertThat(PdfConformance.pdfA2uFailures(pub.body())).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(pub.body())).isEmpty();

        Api.Response full = api.get("/api/meetings/" + id + "/protokoll/preview", "sekreterare");
        String fullText = PdfText.of(full.body()).replaceAll("\\s+", " ");
        assertThat(fullText).contains("§ 2 Ansökan om stöd för enskild").contains("Ej för publicering: OSL 26 kap. 1 §")
                .contains("Anna Berg har lämnat").contains("arbetsträning").doesNotContain("N.N.");
        assertThat(PdfConformance.pdfA2uFailures(full.body())).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(full.body())).isEmpty();
    }

    @Test
    void justeringArchivesBothAndTheAnslagstavlaServesOnlyThePublicVersion() throws Exception {
        MeetingFlow flow = new MeetingFlow(api);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String id = flow.create(flow.newOrgan("Sekretessnämnden"), today.minusDays(3), 3);
        assertThat(api.put("/api/meetings/" + id + "/protokoll", markedDraft(), "sekreterare").status()).isEqualTo(200);
        Api.Response justerad = flow.justera(id, today.minusDays(1), today);
        assertThat(justerad.status()).as(justerad.text()).isEqualTo(200);
        JsonNode anslag = justerad.json().path("meeting").path("anslag");
        String record = anslag.path("protokollDokument").asString();
        String publik = anslag.path("publikDokument").asString();
        assertThat(publik).isNotBlank().isNotEqualTo(record);
        assertThat(anslag.path("sistaDagForOverklagande").asString())
                .isEqualTo(AppealPeriod.lastDay(today).toString());

        // both archived, hashed, linked to the meeting
        byte[] full = api.get("/api/documents/" + record + "/content", "styrelse").body();
        byte[] pub = api.get("/api/documents/" + publik + "/content", "styrelse").body();
        JsonNode pubMeta = api.get("/api/documents/" + publik, "styrelse").json();
        assertThat(pubMeta.path("sha256").asString()).hasSize(64);
        assertThat(pubMeta.toString()).contains("meeting/" + id);
        String fullText = PdfText.of(full).replaceAll("\\s+", " ");
        String pubText = PdfText.of(pub).replaceAll("\\s+", " ");
        assertThat(fullText).contains("Anna Berg", "arbetsträning", "Justeringsdatum: " + today.minusDays(1));
        assertThat(pubText).doesNotContain("Anna Berg", "arbetsträning", "Ansökan om stöd")
                .contains("§ 2 Ärendet innehåller uppgifter som omfattas av sekretess enligt OSL 26 kap. 1 §.")
                .contains("Justeringsdatum: " + today.minusDays(1)).contains("BEVIS");
        assertThat(PdfConformance.pdfA2uFailures(pub)).isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(pub)).isEmpty();

        // the anslagstavla serves the public version, byte for byte, never the record
        Api.Response served = api.get("/anslagstavla/" + id + "/protokoll.pdf", null);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(pub).isNotEqualTo(full);

        // the export package holds both and validates
        Api.Response zip = api.get("/api/meetings/" + id + "/archive-package", "kansli");
        assertThat(zip.status()).isEqualTo(200);
        java.util.Map<String, byte[]> entries = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName().substring(e.getName().indexOf('/') + 1), in.readAllBytes());
            }
        }
        String data = "representations/handlingar/data/" + today.minusDays(3) + "/";
        assertThat(entries.get(data + "protokoll.pdf")).isEqualTo(full);
        assertThat(entries.get(data + "protokoll-offentlig-version.pdf")).isEqualTo(pub);
    }
}
