package se.finsam.handlingar.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.system.HandlingarProperties;

@ExtendWith(OutputCaptureExtension.class)
class SecurityTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HandlingarProperties properties;

    @Test
    void everyApiCallNeedsCredentials() {
        for (String path : List.of("/api/templates", "/api/documents", "/api/users")) {
            Api.Response response = api.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        }
        assertThat(api.post("/api/previews", Api.fixture("kallelse-2024-03-22.json"), null).status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(api.get("/api/templates", "nobody").status()).isEqualTo(401);
        assertThat(api.getWithPassword("/api/templates", "admin", "fel-losenord").status()).isEqualTo(401);
    }

    @Test
    void healthAndOpenApiArePublic() {
        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        Api.Response openApi = api.get("/v3/api-docs", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.text()).contains("/api/documents").contains("/api/templates/{id}/versions");
    }

    @Test
    void styrelseReadsButDoesNotWrite() {
        assertThat(api.get("/api/documents", "styrelse").status()).isEqualTo(200);
        assertThat(api.get("/api/templates", "styrelse").status()).isEqualTo(200);
        Api.Response create = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "styrelse");
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "sekreterare").status()).isEqualTo(201);
        assertThat(api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "kansli").status()).isEqualTo(201);
    }

    @Test
    void onlyAdminManagesUsers() {
        String body = "{\"password\":\"ett-langt-losenord\",\"roles\":[\"STYRELSE\"]}";
        assertThat(api.put("/api/users/ledamot1", body, "kansli").status()).isEqualTo(403);
        assertThat(api.put("/api/users/ledamot1", body, "admin").status()).isEqualTo(201);
        assertThat(api.put("/api/users/ledamot2", "{\"password\":\"kort\",\"roles\":[\"STYRELSE\"]}", "admin")
                .json().get("errors").get(0).get("pointer").asString()).isEqualTo("/password");
    }

    @Test
    void aChangedPasswordStopsWorkingAtOnce() {
        api.put("/api/users/byter", "{\"password\":\"forsta-losenordet\",\"roles\":[\"STYRELSE\"]}", "admin");
        assertThat(api.getWithPassword("/api/documents", "byter", "forsta-losenordet").status()).isEqualTo(200);
        assertThat(api.getWithPassword("/api/documents", "byter", "forsta-losenordet").status()).isEqualTo(200);

        api.put("/api/users/byter", "{\"password\":\"andra-losenordet\",\"roles\":[\"STYRELSE\"]}", "admin");

        assertThat(api.getWithPassword("/api/documents", "byter", "forsta-losenordet").status()).isEqualTo(401);
        assertThat(api.getWithPassword("/api/documents", "byter", "andra-losenordet").status()).isEqualTo(200);
        assertThat(api.getWithPassword("/api/documents", "byter", "fel").status()).isEqualTo(401);
    }

    @Test
    void passwordsAreStoredHashed() {
        List<String> hashes = jdbc.sql("SELECT password_hash FROM app_user").query(String.class).list();
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> {
            assertThat(hash).startsWith("{bcrypt}");
            assertThat(hash).doesNotContain(PASSWORD);
        });
    }

    @Test
    void withoutAConfiguredPasswordTheFirstStartGeneratesOneAndPrintsItOnce(CapturedOutput output) throws Exception {
        HandlingarProperties unset = new HandlingarProperties(properties.dataDir(), properties.storageDir(), null,
                properties.maxRequestSize(), null);
        jdbc.sql("DELETE FROM app_user WHERE username = 'admin'").update();
        try {
            new AdminBootstrap(accounts, unset).run(null);
            List<String> lines = output.getOut().lines().toList();
            int announcement = lines.indexOf(lines.stream().filter(l -> l.contains("with the generated password:"))
                    .findFirst().orElseThrow());
            String printed = lines.get(announcement + 1).strip();
            assertThat(accounts.passwordMatches("admin", printed)).isTrue();

            int before = output.getOut().length();
            new AdminBootstrap(accounts, unset).run(null);
            assertThat(output.getOut().substring(before)).doesNotContain(printed).doesNotContain("generated password");
        } finally {
            new AdminBootstrap(accounts, properties).run(null);
        }
        assertThat(accounts.passwordMatches("admin", PASSWORD)).isTrue();
    }
}
