package se.finsam.handlingar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The security review's attacks against the running service (docs/security.md): each reproduces a finding and must
 * now be stopped. Findings 1 (active HTML), 2 (who renders what), 3 (size limit by encoded path), 9 (H2 and the data
 * directory) and the public-page part of 10.
 */
class HostileInsiderTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private static String files(String body) {
        ObjectNode request = Api.JSON.createObjectNode();
        ObjectNode files = request.putObject("files");
        files.put("template.json", "{\"title\":\"Attack\",\"formats\":[\"pdf\",\"html\"]}");
        files.put("schema.json", "{\"type\":\"object\"}");
        files.put("template.ftlh", """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE"><head><title>Attack</title></head>
                <body><h1>Rubrik</h1>
                %s
                </body></html>""".formatted(body));
        return Api.JSON.writeValueAsString(request);
    }

    private HttpResponse<String> raw(String path, String method, HttpRequest.BodyPublisher body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body);
        headers.forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // --- finding 1: a template with script, published and archived as html, took over an admin's browser ---------

    @Test
    void finding1_templatesWithActiveContentAreRefusedAtDraftCreationWithTheirPosition() {
        Map<String, String> attacks = Map.of(
                "<script>fetch('/api/users/kansli',{method:'PUT'})</script>", "<script>",
                "<p onclick=\"alert(1)\">x</p>", "onclick",
                "<p><a href=\"javascript:alert(1)\">x</a></p>", "javascript:",
                "<iframe src=\"https://example.com\"></iframe>", "<iframe>",
                "<object data=\"x.swf\"></object>", "<object>",
                "<embed src=\"x\"/>", "<embed>",
                "<form action=\"/api/users/kansli\" method=\"post\"><p>x</p></form>", "<form>",
                "<img src=\"x\" ONERROR=\"alert(1)\"/>", "onerror");
        attacks.forEach((markup, what) -> {
            Api.Response response = api.post("/api/templates/attack/versions", files(markup), "kansli");
            assertThat(response.status()).as(markup).isEqualTo(422);
            JsonNode problem = response.json();
            assertThat(problem.get("file").asString()).isEqualTo("template.ftlh");
            assertThat(problem.get("line").asInt()).as(markup).isEqualTo(3);
            assertThat(problem.get("column").asInt()).as(markup).isPositive();
            assertThat(problem.get("detail").asString()).as(markup).contains(what);
            assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo("/files/template.ftlh");
        });
        // nor can a draft be changed into one
        String version = api.post("/api/templates/attack-put/versions", files("<p>ok</p>"), "kansli").json()
                .get("version").asString();
        assertThat(api.put("/api/templates/attack-put/versions/" + version, files("<script>x</script>"), "kansli")
                .status()).isEqualTo(422);
    }

    @Test
    void finding1_htmlFromTheServiceIsSandboxedAndNeverSniffed() {
        ObjectNode request = (ObjectNode) Api.fixtureJson("kallelse-2024-03-22.json");
        request.put("format", "html");
        Api.Response preview = api.post("/api/previews", (JsonNode) request, "kansli");
        assertThat(preview.status()).isEqualTo(200);
        assertSandboxed(preview);

        Api.Response archived = api.post("/api/documents", (JsonNode) request, "kansli");
        assertThat(archived.status()).isEqualTo(201);
        Api.Response content = api.get("/api/documents/" + archived.json().get("id").asString() + "/content", "admin");
        assertThat(content.contentType()).startsWith("text/html");
        assertSandboxed(content);
    }

    private static void assertSandboxed(Api.Response response) {
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).as("CSP").isNotNull().contains("sandbox").contains("default-src 'none'");
        assertThat(csp).doesNotContain("script-src");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void finding1_securityHeadersOnEveryResponsePublicPagesAndErrorsIncluded() {
        for (Api.Response response : new Api.Response[] {
                api.get("/anslagstavla", null),
                api.get("/actuator/health", null),
                api.get("/api/templates", null),
                api.get("/api/templates", "styrelse"),
                api.get("/api/documents/" + java.util.UUID.randomUUID(), "styrelse"),
                api.post("/api/checks", "x".repeat(3 * 1024 * 1024), "kansli")}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Content-Security-Policy")).contains("sandbox");
        }
    }

    // --- finding 2: a read-only user held every render slot and rendered drafts ------------------------------------

    @Test
    void finding2_previewsAndChecksNeedARoleThatMayArchive() {
        String kallelse = Api.fixture("kallelse-2024-03-22.json");
        assertThat(api.post("/api/previews", kallelse, "styrelse").status()).isEqualTo(403);
        assertThat(api.post("/api/checks", kallelse, "styrelse").status()).isEqualTo(403);
        assertThat(api.post("/api/checks", kallelse, "sekreterare").status()).isEqualTo(200);
    }

    @Test
    void finding2_draftsRenderOnlyForTemplateManagers() {
        String version = api.post("/api/templates/utkast-roll/versions", files("<p>${data.x!}</p>"), "kansli").json()
                .get("version").asString();
        String body = "{\"template\":\"utkast-roll\",\"templateVersion\":\"" + version + "\",\"format\":\"pdf\",\"data\":{}}";
        Api.Response sekreterare = api.post("/api/previews", body, "sekreterare");
        assertThat(sekreterare.status()).isEqualTo(403);
        assertThat(sekreterare.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/templateVersion");
        assertThat(api.post("/api/checks", body, "sekreterare").status()).isEqualTo(403);
        assertThat(api.post("/api/previews", body, "kansli").status()).isEqualTo(200);
    }

    @Test
    void finding2_healthReportsRenderSaturation() {
        JsonNode health = api.get("/actuator/health", null).json();
        assertThat(health.get("components").get("render").get("status").asString()).isIn("UP", "SATURATED");
    }

    // --- finding 3: /%61pi/checks bypassed the size limit ------------------------------------------------------------

    @Test
    void finding3_theSizeLimitHoldsHoweverThePathIsWritten() throws Exception {
        byte[] big = ("{\"template\":\"kallelse\",\"data\":{\"x\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Authorization",
                basic("kansli", PASSWORD));
        for (String path : new String[] {"/api/checks", "/%61pi/checks", "/api/%63hecks", "/api/./checks",
                "/api/previews/../checks"}) {
            HttpResponse<String> fixed = raw(path, "POST", HttpRequest.BodyPublishers.ofByteArray(big), headers);
            assertThat(fixed.statusCode()).as(path).isIn(400, 413);
            // chunked: no length announced, the limit holds while the body is read
            HttpResponse<String> chunked = raw(path, "POST",
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)), headers);
            assertThat(chunked.statusCode()).as(path + " chunked").isIn(400, 413);
        }
        HttpResponse<String> encoded = raw("/%61pi/checks", "POST", HttpRequest.BodyPublishers.ofByteArray(big), headers);
        assertThat(encoded.statusCode()).isEqualTo(413);
        // a body under the limit on the same encoded path still works, and needs credentials like the plain one
        HttpResponse<String> small = raw("/%61pi/checks", "POST",
                HttpRequest.BodyPublishers.ofString(Api.fixture("kallelse-2024-03-22.json")), headers);
        assertThat(small.statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = raw("/%61pi/checks", "POST",
                HttpRequest.BodyPublishers.ofString(Api.fixture("kallelse-2024-03-22.json")),
                Map.of("Content-Type", "application/json"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    // --- finding 9: H2 listened on all interfaces; its key was world-readable ---------------------------------------

    @Test
    void finding9_noDatabaseServerAndTheDataDirectoryIsOwnerOnly() throws Exception {
        try (var files = Files.list(dataDir())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".lock.db"));
        }
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir()))).isEqualTo("rwx------");
        Path database = dataDir().resolve("handlingar.mv.db");
        if (Files.exists(database)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
        }
    }

    // --- finding 10 (public pages): stale browser credentials gave 401 on the anslagstavla ------------------------

    @Test
    void finding10_publicPagesIgnoreAuthorization() throws Exception {
        Map<String, String> stale = Map.of("Authorization", basic("avgick", "gammalt-losenord"));
        assertThat(raw("/anslagstavla", "GET", HttpRequest.BodyPublishers.noBody(), stale).statusCode()).isEqualTo(200);
        assertThat(raw("/actuator/health", "GET", HttpRequest.BodyPublishers.noBody(), stale).statusCode()).isEqualTo(200);
        assertThat(raw("/api/templates", "GET", HttpRequest.BodyPublishers.noBody(), stale).statusCode()).isEqualTo(401);
    }
}
