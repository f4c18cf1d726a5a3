package se.finsam.handlingar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.InProcessService;
import tools.jackson.databind.JsonNode;

/**
 * Demo data is opt-in and insert-only: without {@code handlingar.demo=true} a fresh instance holds no fixture data;
 * with it the fixtures are stored, and a restart with the switch still on never changes what was stored meanwhile
 * (the finding: an organ renamed through the API returned to the fixture's name at the next restart).
 */
class DemoDataTest {

    @Test
    void demoDataIsOptInAndARestartNeverOverwritesWhatUsersChanged() throws Exception {
        Path dataDir = Files.createTempDirectory("handlingar-demo-");

        try (InProcessService service = InProcessService.start(dataDir)) {
            JsonNode register = service.api().get("/api/organisation", "admin").json();
            assertThat(register.path("organ")).as("no demo data without the switch").isEmpty();
            assertThat(register.path("forbund").isNull() || register.path("forbund").isMissingNode()).isTrue();
            assertThat(service.api().get("/api/budgets/umearegionen-2022-2024", "admin").status()).isEqualTo(404);
            assertThat(service.api().get("/api/annual-reports/2023", "admin").status()).isEqualTo(404);
        }

        String personId;
        try (InProcessService service = InProcessService.start(dataDir, "handlingar.demo=true")) {
            Api api = service.api();
            assertThat(api.get("/api/organisation", "admin").json().path("organ").toString()).contains("styrelsen");
            assertThat(api.get("/api/budgets/umearegionen-2022-2024", "admin").status()).isEqualTo(200);

            Api.Response renamed = api.put("/api/organisation/organs/styrelsen",
                    "{\"namn\":\"Förbundsstyrelsen\",\"genitiv\":\"förbundsstyrelsens\"}", "admin");
            assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
            JsonNode member = api.get("/api/organisation/organs/styrelsen/members?date=2023-11-30", "admin").json().get(0);
            personId = member.path("personId").asString();
            assertThat(api.put("/api/organisation/persons/" + personId + "/email", "{\"email\":\"ny@example.se\"}", "admin")
                    .status()).isEqualTo(204);
        }

        try (InProcessService service = InProcessService.start(dataDir, "handlingar.demo=true")) {
            Api api = service.api();
            JsonNode organs = api.get("/api/organisation", "admin").json().path("organ");
            JsonNode styrelsen = null;
            for (JsonNode organ : organs) {
                if (organ.path("kod").asString().equals("styrelsen")) {
                    styrelsen = organ;
                }
            }
            assertThat(styrelsen).isNotNull();
            assertThat(styrelsen.path("namn").asString()).isEqualTo("Förbundsstyrelsen");
            String email = null;
            for (JsonNode m : api.get("/api/organisation/organs/styrelsen/members?date=2023-11-30", "admin").json()) {
                if (m.path("personId").asString().equals(personId)) {
                    email = m.path("email").asString();
                }
            }
            assertThat(email).isEqualTo("ny@example.se");
            assertThat(api.get("/api/budgets/umearegionen-2022-2024/versions", "admin").json().size())
                    .as("the seed budget is not stored a second time").isEqualTo(1);
        }
    }
}
