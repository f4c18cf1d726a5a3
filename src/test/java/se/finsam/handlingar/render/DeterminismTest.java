package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Calendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DeterminismTest extends IntegrationTest {

    @Test
    void theSameDataAndVersionGiveByteIdenticalPdfs() throws Exception {
        byte[] first = api.post("/api/previews", Api.fixture("kallelse-2024-03-22.json"), "kansli").body();
        Thread.sleep(1100);
        byte[] second = api.post("/api/previews", Api.fixture("kallelse-2024-03-22.json"), "kansli").body();
        JsonNode archived = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "kansli").json();
        byte[] third = api.get("/api/documents/" + archived.get("id").asString() + "/content", "kansli").body();

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void otherDataGivesOtherBytesAndTheDatesComeFromTheDocument() throws Exception {
        ObjectNode body = (ObjectNode) Api.fixtureJson("kallelse-2024-03-22.json");
        ((ObjectNode) body.get("data")).put("utfardad", "2024-03-19");
        byte[] changed = api.post("/api/previews", (JsonNode) body, "kansli").body();
        byte[] original = api.post("/api/previews", Api.fixture("kallelse-2024-03-22.json"), "kansli").body();

        assertThat(changed).isNotEqualTo(original);
        try (PDDocument document = Loader.loadPDF(original)) {
            Calendar created = document.getDocumentInformation().getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(created.get(Calendar.YEAR)).isEqualTo(2024);
            assertThat(created.get(Calendar.MONTH)).isEqualTo(Calendar.MARCH);
            assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(18);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Kallelse styrelsens sammanträde 2024-03-22");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
        }
    }
}
