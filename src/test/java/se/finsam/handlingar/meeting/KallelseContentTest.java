package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfText;

/** What a kallelse can hold beyond the seed: multi-paragraph proposals, free item types, a signatory block. */
class KallelseContentTest extends IntegrationTest {

    private static final String KALLELSE = """
            {"template": "kallelse", "format": "pdf", "data": {
              "forbund": "Samordningsförbundet Exempelbygden",
              "organ": "Styrelsen", "datum": "2025-02-14", "tid": {"fran": "09:00", "till": "11:30"},
              "plats": "Kommunhuset, sal Tallen", "platsEtikett": "Plats",
              "forslagRubrik": "Styrelsen föreslås besluta:",
              "punkter": [
                {"rubrik": "Mötets öppnande"},
                {"rubrik": "Revidering av delegationsordningen", "typ": ["beslut", "remiss"],
                 "forslagTillBeslut": "att anta den reviderade delegationsordningen,\\n\\natt uppdra åt förbundschefen att\\n\\n- informera medlemmarna\\n- publicera ordningen på webbplatsen\\n\\natt beslutet gäller från 1 mars."},
                {"rubrik": "Ekonomisk uppföljning", "typ": ["avstämning"], "forslagTillBeslut": "Informationen läggs till handlingarna."}
              ],
              "underskrift": {"inledning": "För styrelsen", "ort": "Exempelby", "datum": "2025-02-03",
                "personer": [{"namn": "Kim Exempelsson", "titel": "Ordförande"}, {"namn": "Alex Provare", "titel": "Förbundschef"}]}
            }}
            """;

    @Test
    void proposalsOfSeveralParagraphsFreeItemTypesNoIssueDateAndASignatoryBlock() {
        Api.Response check = api.post("/api/checks", KALLELSE, "kansli");
        assertThat(check.status()).as(check.text()).isEqualTo(200);
        assertThat(check.json().path("findings").isEmpty()).as(check.text()).isTrue();

        Api.Response response = api.post("/api/previews", KALLELSE, "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        String text = PdfText.of(response.body()).replace('\u00a0', ' ');
        assertThat(text).contains("Plats: Kommunhuset, sal Tallen")
                .doesNotContain("Lokal:")
                .contains("Revidering av delegationsordningen – Beslut/remiss")
                .contains("Ekonomisk uppföljning – Avstämning")
                .contains("Styrelsen föreslås besluta:\natt anta den reviderade delegationsordningen,\natt uppdra åt förbundschefen att")
                .contains("informera medlemmarna\n")
                .contains("publicera ordningen på webbplatsen\natt beslutet gäller från 1 mars.")
                .contains("Styrelsen föreslås besluta: Informationen läggs till handlingarna.")
                .contains("För styrelsen\nExempelby 2025-02-03")
                .contains("Kim Exempelsson", "Ordförande", "Alex Provare", "Förbundschef");
        assertThat(text.lines().findFirst().orElse("")).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void anEmptyItemTypeOrSignatoryWithoutNameIsRefusedWithAPointer() {
        String bad = KALLELSE.replace("\"typ\": [\"avstämning\"]", "\"typ\": [\"\"]").replace("{\"namn\": \"Alex Provare\", ", "{");
        Api.Response check = api.post("/api/checks", bad, "kansli");
        assertThat(check.text()).contains("/data/punkter/2/typ/0", "/data/underskrift/personer/1");
    }
}
