package se.finsam.handlingar.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The register loaded from {@code fixtures/organisation.json} at start, its history and its API.
 */
class OrganisationRegisterTest extends IntegrationTest {

    @Autowired
    OrganisationDirectory directory;

    @Test
    void fixtureIsLoadedAtStartAndImportingAgainAddsNothing() {
        JsonNode overview = api.get("/api/organisation", "styrelse").json();
        assertThat(overview.path("forbund").path("namn").asString()).isEqualTo("Samordningsförbundet Umeåregionen");
        assertThat(overview.path("huvudman")).hasSize(9);
        Api.Response again = api.post("/api/organisation/import", Api.fixture("organisation.json"), "kansli");
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().path("personsAdded").asInt()).isZero();
        assertThat(again.json().path("termsAdded").asInt()).isZero();
        assertThat(again.json().path("staffAdded").asInt()).isZero();
        assertThat(api.post("/api/organisation/import", Api.fixture("organisation.json"), "sekreterare").status())
                .isEqualTo(403);
    }

    @Test
    void styrelsenOnTheSeedMeetingDay() {
        JsonNode members = api.get("/api/organisation/organs/styrelsen/members?date=2023-11-30", "styrelse").json();
        assertThat(members).hasSize(18);
        JsonNode first = members.get(0);
        assertThat(first.path("namn").asString()).isEqualTo("Peter Vigren");
        assertThat(first.path("roll").asString()).isEqualTo("ORDFORANDE");
        assertThat(first.path("huvudman").path("namn").asString()).isEqualTo("Umeå kommun");
        assertThat(members.get(1).path("namn").asString()).isEqualTo("Mikael Broman");
        assertThat(members).filteredOn(m -> m.path("roll").asString().equals("ERSATTARE")).hasSize(9)
                .anySatisfy(m -> {
                    assertThat(m.path("namn").asString()).isEqualTo("Grethel Broman");
                    assertThat(m.path("ersatter").asString()).isEqualTo("Madelaine Jakobsson");
                    assertThat(m.path("huvudman").path("kod").asString()).isEqualTo("nordmaling");
                });
        assertThat(api.get("/api/organisation/organs/styrelsen/members?date=2023-03-31", "styrelse").json())
                .as("the new styrelse took office 2023-04-01").isEmpty();
        JsonNode staff = api.get("/api/organisation/staff?date=2023-11-30", "styrelse").json();
        assertThat(staff).extracting(s -> s.path("namn").asString() + " " + s.path("befattning").asString())
                .contains("Mikael Holmlund FORBUNDSCHEF", "Johanna Långdal Persson SEKRETERARE");
    }

    @Test
    void aChangeOfMembersKeepsTheHistory() {
        Api.Response organ = api.put("/api/organisation/organs/beredningen", "{\"namn\":\"Beredningen\"}", "kansli");
        assertThat(organ.status()).isEqualTo(200);
        Api.Response added = api.post("/api/organisation/organs/beredningen/members", """
                {"namn":"Anna Frej","roll":"ordforande","huvudman":"vannas","fran":"2024-01-01"}""", "kansli");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String term = added.json().path("uppdragId").asString();
        String person = added.json().path("personId").asString();

        Api.Response ended = api.post("/api/organisation/terms/" + term + "/end", "{\"till\":\"2024-06-30\"}", "kansli");
        assertThat(ended.status()).as(ended.text()).isEqualTo(200);
        assertThat(api.post("/api/organisation/terms/" + term + "/end", "{\"till\":\"2024-07-30\"}", "kansli").status())
                .isEqualTo(409);
        assertThat(api.post("/api/organisation/organs/beredningen/members", """
                {"namn":"Petra Andersin","roll":"ordforande","huvudman":"robertsfors","fran":"2024-07-01"}""", "kansli")
                .status()).isEqualTo(201);
        assertThat(api.post("/api/organisation/organs/beredningen/members", """
                {"namn":"Anna Frej","roll":"ledamot","huvudman":"vannas","fran":"2024-07-01"}""", "kansli")
                .status()).isEqualTo(201);

        assertThat(directory.members("beredningen", java.time.LocalDate.of(2024, 3, 1)))
                .extracting(m -> m.namn() + " " + m.roll()).containsExactly("Anna Frej ORDFORANDE");
        assertThat(directory.members("beredningen", java.time.LocalDate.of(2024, 8, 1)))
                .extracting(m -> m.namn() + " " + m.roll())
                .containsExactly("Petra Andersin ORDFORANDE", "Anna Frej LEDAMOT");
        assertThat(api.get("/api/organisation/organs/beredningen/history", "styrelse").json()).hasSize(3);

        assertThat(api.put("/api/organisation/persons/" + person + "/email", "{\"email\":\"anna.frej@example.se\"}",
                "kansli").status()).isEqualTo(204);
        assertThat(directory.members("beredningen", java.time.LocalDate.of(2024, 8, 1)).get(1).email())
                .isEqualTo("anna.frej@example.se");
        Api.Response badEmail = api.put("/api/organisation/persons/" + person + "/email", "{\"email\":\"nej\"}", "kansli");
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/email");
    }

    @Test
    void invalidTermsAnswer422WithPointers() {
        Api.Response bad = api.post("/api/organisation/organs/styrelsen/members", """
                {"namn":"","roll":"kassör","huvudman":"okand","fran":"2024-01-01","till":"2023-01-01"}""", "kansli");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("errors")).extracting(e -> e.path("pointer").asString())
                .containsExactlyInAnyOrder("/namn", "/roll", "/huvudman", "/till");
        Api.Response unknownOrgan = api.post("/api/organisation/organs/finns-inte/members", """
                {"namn":"X","roll":"ledamot"}""", "kansli");
        assertThat(unknownOrgan.status()).isEqualTo(422);
        assertThat(api.post("/api/organisation/organs/styrelsen/members", "{\"namn\":\"X\",\"roll\":\"ledamot\"}",
                "styrelse").status()).isEqualTo(403);
    }
}
