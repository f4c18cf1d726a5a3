package se.finsam.handlingar.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Send orders through the shared context, which has no SMTP server: messages land as .eml files in the outbox. */
class SendApiTest extends IntegrationTest {

    @Test
    void organMembersAndExtraAddressesGetTheArchivedPdfAsEmlFiles() throws Exception {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        String organ = DistributionFixtures.organWithMembers(api, "ordf@example.se", "ledamot@example.se",
                null, "ersattare@example.se");

        Api.Response created = api.post("/api/distribution/sendings", """
                {"dokument": "%s", "organ": "%s", "datum": "2024-03-01",
                 "extra": ["Revisor Rut <revisor@example.se>", "LEDAMOT@example.se"], "meddelande": "Välkomna!"}"""
                .formatted(kallelse, organ), "sekreterare");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode order = created.json();
        assertThat(order.path("amne").asString()).isEqualTo("Kallelse styrelsens sammanträde 2024-03-22");
        assertThat(order.path("text").asString()).contains("Hej!", "Välkomna!", "bifogat som PDF",
                "Samordningsförbundet Umeåregionen");
        assertThat(order.path("mottagare")).hasSize(5);
        JsonNode noAddress = order.path("mottagare").get(2);
        assertThat(noAddress.path("status").asString()).isEqualTo("failed");
        assertThat(noAddress.path("senasteFel").asString()).contains("Ingen e-postadress");
        assertThat(order.path("mottagare").get(3).path("roll").asString()).isEqualTo("ersättare");

        JsonNode done = DistributionFixtures.waitForStatus(api, order.path("id").asString(), "sent", 4);
        assertThat(done.path("antal").path("failed").asInt()).isEqualTo(1);
        byte[] archived = api.get("/api/documents/" + kallelse + "/content", "styrelse").body();
        Session session = Session.getInstance(new Properties());
        List<String> to = new ArrayList<>();
        for (JsonNode recipient : done.path("mottagare")) {
            if (!"sent".equals(recipient.path("status").asString())) {
                continue;
            }
            Path eml = dataDir().resolve("outbox").resolve(messageFile(done, recipient));
            try (InputStream in = Files.newInputStream(eml)) {
                MimeMessage message = new MimeMessage(session, in);
                to.add(message.getAllRecipients()[0].toString());
                assertThat(message.getSubject()).isEqualTo("Kallelse styrelsens sammanträde 2024-03-22");
                assertThat(attachment(message)).isEqualTo(archived);
            }
        }
        assertThat(to).hasSize(4).anyMatch(a -> a.contains("revisor@example.se") && a.contains("Revisor Rut"));
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyIsHarmless() {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        String body = """
                {"dokument": "%s", "extra": ["en@example.se", "tva@example.se"]}""".formatted(kallelse);
        String key = UUID.randomUUID().toString();

        Api.Response first = post(body, key);
        Api.Response again = post(body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(again.json().path("mottagare")).hasSize(2);
        assertThat(api.get("/api/distribution/sendings?dokument=" + kallelse, "styrelse").json()).hasSize(1);
        DistributionFixtures.waitForStatus(api, first.json().path("id").asString(), "sent", 2);
        assertThat(post(body, key).json().path("antal").path("sent").asInt()).isEqualTo(2);

        Api.Response otherBody = post(body.replace("tva@", "tre@"), key);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.json().path("title").asString()).contains("Idempotency-Key");
    }

    @Test
    void badAddressesAndUnknownThingsAreRefusedWithPointersAndNothingIsStored() {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        String key = UUID.randomUUID().toString();
        Api.Response bad = post("""
                {"dokument": "%s", "organ": "finns-inte", "extra": ["ok@example.se", "inte en adress", "a@b"]}"""
                .formatted(kallelse), key);

        assertThat(bad.status()).isEqualTo(422);
        List<String> pointers = new ArrayList<>();
        bad.json().path("errors").forEach(e -> pointers.add(e.path("pointer").asString()));
        assertThat(pointers).containsExactly("/organ", "/extra/1", "/extra/2");
        assertThat(api.get("/api/distribution/sendings?dokument=" + kallelse, "styrelse").json()).isEmpty();
        // the key was not used up by the refused request
        assertThat(post("{\"dokument\": \"%s\", \"extra\": [\"ok@example.se\"]}".formatted(kallelse), key).status())
                .isEqualTo(201);

        assertThat(post("{\"dokument\": \"%s\"}".formatted(UUID.randomUUID()), null).json().path("errors").get(0)
                .path("pointer").asString()).isEqualTo("/dokument");
    }

    @Test
    void styrelseCannotSendButCanReadTheStatus() {
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");
        String body = "{\"dokument\": \"%s\", \"extra\": [\"x@example.se\"]}".formatted(kallelse);
        assertThat(api.post("/api/distribution/sendings", body, "styrelse").status()).isEqualTo(403);
        Api.Response byKansli = api.post("/api/distribution/sendings", body, "kansli");
        assertThat(byKansli.status()).isEqualTo(201);
        assertThat(api.get("/api/distribution/sendings/" + byKansli.json().path("id").asString(), "styrelse").status())
                .isEqualTo(200);
    }

    private Api.Response post(String body, String key) {
        // Api has no header parameter; the idempotency key travels in a raw request
        var builder = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                        + "/api/distribution/sendings"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("sekreterare:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(builder.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path messageFile(JsonNode order, JsonNode recipient) {
        return Path.of(recipient.path("id").asString() + "@handlingar.eml");
    }

    static byte[] attachment(MimeMessage message) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("Ingen bilaga i meddelandet");
    }
}
