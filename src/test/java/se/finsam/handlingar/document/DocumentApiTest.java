package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DocumentApiTest extends IntegrationTest {

    @Test
    void archivesTheKallelseAndServesMetadataAndVerifiedContent() throws Exception {
        Api.Response created = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "sekreterare");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode meta = created.json();
        String id = meta.get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/documents/" + id);
        assertThat(meta.get("template").asString()).isEqualTo("kallelse");
        assertThat(meta.get("templateVersion").asString()).isNotBlank();
        assertThat(meta.get("format").asString()).isEqualTo("pdf");
        assertThat(meta.get("pages").asInt()).isEqualTo(2);
        assertThat(meta.get("createdAt").asString()).isNotBlank();

        Api.Response content = api.get("/api/documents/" + id + "/content", "styrelse");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.contentType()).isEqualTo("application/pdf");
        assertThat(sha256(content.body())).isEqualTo(meta.get("sha256").asString());

        JsonNode stored = api.get("/api/documents/" + id, "styrelse").json();
        assertThat(stored.get("createdBy").asString()).isEqualTo("sekreterare");
        assertThat(stored.get("sha256").asString()).isEqualTo(meta.get("sha256").asString());
        assertThat(stored.get("templateVersion").asString()).isEqualTo(meta.get("templateVersion").asString());

        JsonNode snapshot = api.get("/api/documents/" + id + "/data", "styrelse").json();
        assertThat(snapshot).isEqualTo(Api.fixtureJson("kallelse-2024-03-22.json").get("data"));
    }

    @Test
    void theKallelseReadsLikeTheSeed() {
        Api.Response pdf = api.post("/api/previews", Api.fixture("kallelse-2024-03-22.json"), "sekreterare");
        String text = PdfText.of(pdf.body()).replaceAll("[ \u00A0]+", " ");

        assertThat(text).contains("2024-03-18")
                .contains("KALLELSE FÖREDRAGNINGSLISTA")
                .contains("Styrelsens sammanträde 2024-03-22, klockan 10.00–12.00")
                .contains("Lokal: Nolia, se skyltning i receptionen")
                .contains("1. Mötets öppnande")
                .contains("3. Föregående protokoll (bilaga 1)")
                .contains("5. Förslag årsredovisning för verksamhetsåret 2023 – Beslut (bilaga 2)")
                .contains("Mikael Holmlund föredragande.")
                .contains("Förslag till beslut: Styrelsen fastställer Årsredovisning enligt förslag")
                .contains("8. Rapport om den massförfrågan om uttag av offentlig handling – Information/diskussion")
                .contains("13. Mötets avslutande")
                .contains("Under eftermiddagen hålls socialt revisionsseminarium")
                .contains("Sida 1 av 2").contains("Sida 2 av 2");
    }

    @Test
    void anyOrganDistansmoteListsAndManyItems() {
        ObjectNode body = (ObjectNode) Api.fixtureJson("kallelse-2024-03-22.json");
        ObjectNode data = (ObjectNode) body.get("data");
        data.put("organ", "Beredningsgruppen");
        data.remove("plats");
        data.put("distansmote", true);
        var items = data.putArray("punkter");
        for (int i = 1; i <= 40; i++) {
            items.addObject().put("rubrik", "Ärende " + i)
                    .put("text", "Bakgrund med *betoning*:\n\n- första punkten\n- andra punkten");
        }
        Api.Response pdf = api.post("/api/previews", (JsonNode) body, "sekreterare");

        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        String text = PdfText.of(pdf.body()).replaceAll("[ \u00A0]+", " ");
        int pages = Integer.parseInt(pdf.header("X-Handlingar-Pages"));
        assertThat(pages).isGreaterThan(2);
        assertThat(text).contains("Beredningsgruppens sammanträde").contains("Plats: Distansmöte")
                .contains("40. Ärende 40").contains("första punkten").contains("Sida " + pages + " av " + pages);
    }

    @Test
    void htmlFormatIsOneSelfContainedPage() {
        ObjectNode body = (ObjectNode) Api.fixtureJson("kallelse-2024-03-22.json");
        body.put("format", "html");
        Api.Response html = api.post("/api/previews", (JsonNode) body, "sekreterare");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).startsWith("<!DOCTYPE html>").contains("lang=\"sv-SE\"").contains("<style>")
                .contains("Mötets öppnande").doesNotContain("<bookmarks").doesNotContain("href=\"style.css\"");
    }

    @Test
    void listsNewestFirstPagedAndFilteredByTemplate() {
        String first = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "kansli").json().get("id").asString();
        String second = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "kansli").json().get("id").asString();

        JsonNode page = api.get("/api/documents?template=kallelse&size=2", "styrelse").json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(second);
        assertThat(page.get("items").get(1).get("id").asString()).isEqualTo(first);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/documents?template=finns-inte", "styrelse").json().get("items")).isEmpty();
    }

    @Test
    void contentThatNoLongerMatchesItsHashIsNotServed() throws IOException {
        String id = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "kansli").json().get("id").asString();
        Path file;
        try (Stream<Path> files = Files.walk(dataDir().resolve("archive"))) {
            file = files.filter(p -> p.getFileName().toString().startsWith(id)).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);

        Api.Response content = api.get("/api/documents/" + id + "/content", "kansli");
        assertThat(content.status()).isEqualTo(500);
        assertThat(content.contentType()).startsWith("application/problem+json");
        assertThat(content.text()).contains("kontrollsumma");
    }

    @Test
    void unknownDocumentIs404() {
        Api.Response response = api.get("/api/documents/00000000-0000-0000-0000-000000000000", "styrelse");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
