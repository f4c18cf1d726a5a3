package se.finsam.handlingar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.handlingar.access.UserAccounts;
import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The same service on PostgreSQL: migrations, template import, versioning and the archive. {@code .ci/run} starts a
 * PostgreSQL server and sets {@code HANDLINGAR_TEST_POSTGRES_URL}; without it this class is skipped (reported as such).
 */
@EnabledIfEnvironmentVariable(named = "HANDLINGAR_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "no PostgreSQL: set HANDLINGAR_TEST_POSTGRES_URL/_USER/_PASSWORD (.ci/run does)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresPersistenceTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("handlingar-pg-");
        registry.add("spring.datasource.url", () -> System.getenv("HANDLINGAR_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> System.getenv("HANDLINGAR_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("HANDLINGAR_TEST_POSTGRES_PASSWORD"));
        registry.add("spring.flyway.clean-disabled", () -> "false");
        registry.add("handlingar.data-dir", dataDir::toString);
        registry.add("handlingar.admin-password", () -> IntegrationTest.PASSWORD);
        registry.add("handlingar.demo", () -> "true");
        registry.add("handlingar.templates-dir", () -> Path.of("templates").toAbsolutePath().toString());
    }

    @BeforeEach
    void users() {
        IntegrationTest.ensureRoleUsers(accounts);
        api = new Api("http://127.0.0.1:" + port);
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }

    @Test
    void archivesAndServesDocuments() {
        Api.Response created = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "sekreterare");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();

        assertThat(api.get("/api/documents/" + id, "styrelse").json().get("createdBy").asString()).isEqualTo("sekreterare");
        assertThat(api.get("/api/documents/" + id + "/content", "styrelse").status()).isEqualTo(200);
        assertThat(api.get("/api/documents/" + id + "/data", "styrelse").json())
                .isEqualTo(Api.fixtureJson("kallelse-2024-03-22.json").get("data"));
        JsonNode list = api.get("/api/documents?template=kallelse&size=5", "styrelse").json();
        assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void templateVersionsAreFrozenOncePublished() {
        String files = """
                {"files":{"schema.json":"{\\"type\\":\\"object\\"}","template.ftlh":"<html xmlns=\\"http://www.w3.org/1999/xhtml\\" lang=\\"sv\\"><head><title>t</title></head><body><h1>PG</h1></body></html>"}}""";
        String version = api.post("/api/templates/pg-test/versions", files, "kansli").json().get("version").asString();
        assertThat(api.post("/api/templates/pg-test/versions/" + version + "/publish", "", "kansli").status()).isEqualTo(200);
        assertThat(api.put("/api/templates/pg-test/versions/" + version, files, "kansli").status()).isEqualTo(409);
    }

    @Test
    void organisationAndMeetingFlowOnPostgres() {
        assertThat(api.get("/api/organisation/organs/styrelsen/members?date=2023-11-30", "styrelse").json())
                .as("fixture loaded once, however often the service started on this database").hasSize(18);
        String organ = "pg-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.put("/api/organisation/organs/" + organ, "{\"namn\":\"PG-nämnden " + organ + "\"}", "kansli")
                .status()).isEqualTo(200);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        String draft = """
                {"beslutande":[{"namn":"Peter Vigren"}],"sekreterare":"Johanna Långdal Persson",
                 "ordforande":"Peter Vigren","justerare":["Mikael Broman"],
                 "paragrafer":[{"rubrik":"Mötets öppnande"},{"rubrik":"Mötets avslutande"}]}""";
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            String meeting = """
                    {"organ":"%s","datum":"%s","tid":{"fran":"09:00"},"distansmote":true,
                     "punkter":[{"rubrik":"Mötets öppnande"},{"rubrik":"Mötets avslutande"}]}"""
                    .formatted(organ, today.minusDays(6 - i));
            Api.Response created = api.post("/api/meetings", meeting, "sekreterare");
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            ids[i] = created.json().get("id").asString();
            assertThat(api.put("/api/meetings/" + ids[i] + "/protokoll", draft, "sekreterare").status()).isEqualTo(200);
        }
        Api.Response first = api.post("/api/meetings/" + ids[0] + "/protokoll/numrering", "{}", "sekreterare");
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        Api.Response justerat = api.post("/api/meetings/" + ids[1] + "/justering",
                "{\"datum\":\"" + today.minusDays(1) + "\"}", "sekreterare");
        assertThat(justerat.status()).as(justerat.text()).isEqualTo(200);
        assertThat(justerat.json().get("meeting").get("forstaParagraf").asInt()).isEqualTo(3);
        assertThat(api.put("/api/meetings/" + ids[1] + "/protokoll", draft, "sekreterare").status()).isEqualTo(409);
        assertThat(api.get("/anslagstavla", null).text()).contains("PG-nämnden " + organ);
    }
}
