package se.finsam.handlingar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.SeedProtokoll;
import tools.jackson.databind.JsonNode;

/**
 * Modules publish events and the audit trail records them with who, when, what and from where; {@code /api/audit} and
 * {@code /api/audit/verify} are for ADMIN. The chain over the shared test database verifies after the traffic of every
 * test that ran before this one in the same JVM.
 */
class AuditApiTest extends IntegrationTest {

    @Test
    void recordRelevantEventsAreRecordedAndTheChainVerifies() {
        SeedProtokoll.Justerat justerat = SeedProtokoll.justera(api);
        assertThat(api.getWithPassword("/api/documents", "sekreterare", "fel-lösenord").status()).isEqualTo(401);
        assertThat(api.put("/api/users/granskad", "{\"password\":\"ett-langt-losenord\",\"roles\":[\"STYRELSE\"]}",
                "admin").status()).as("created (201 since users answer 201 on creation)").isIn(200, 201);

        JsonNode meeting = api.get("/api/audit?object=meeting/" + justerat.meetingId(), "admin").json().path("items");
        assertThat(meeting).extracting(e -> e.path("kind").asString())
                .containsExactly("meeting.justerat", "meeting.numrerat");
        JsonNode justering = meeting.get(0);
        assertThat(justering.path("actor").asString()).isEqualTo("sekreterare");
        assertThat(justering.path("source").asString()).isEqualTo("127.0.0.1");
        assertThat(justering.path("details").path("protokoll").asString()).isEqualTo(justerat.protokollId().toString());
        assertThat(justering.path("details").path("sha256").asString()).hasSize(64);
        assertThat(justering.path("hash").asString()).hasSize(64);

        JsonNode archived = api.get("/api/audit?kind=document.archived&object=document/" + justerat.protokollId(),
                "admin").json().path("items");
        assertThat(archived).hasSize(1);
        assertThat(archived.get(0).path("details").path("subject").asString())
                .isEqualTo("meeting/" + justerat.meetingId());

        JsonNode failed = api.get("/api/audit?kind=login.failed&object=user/sekreterare", "admin").json().path("items");
        assertThat(failed).isNotEmpty();
        assertThat(failed.get(0).path("details").path("reason").asString()).contains("BadCredentials");
        JsonNode user = api.get("/api/audit?kind=user.&object=user/granskad", "admin").json().path("items");
        assertThat(user.get(0).path("details").path("roles").asString()).isEqualTo("STYRELSE");
        assertThat(user.get(0).path("actor").asString()).isEqualTo("admin");

        assertThat(api.get("/api/audit?from=2020-01-01&to=2020-12-31", "admin").json().path("items")).isEmpty();
        assertThat(api.get("/api/audit?from=igår", "admin").status()).isEqualTo(422);
        assertThat(api.get("/api/audit", "sekreterare").status()).isEqualTo(403);
        assertThat(api.get("/api/audit/verify", "kansli").status()).isEqualTo(403);

        JsonNode verification = api.get("/api/audit/verify", "admin").json();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("entries").asLong()).isGreaterThan(3);
    }

    @Test
    void organisationChangesAreRecordedWithoutThePersonalAddress() {
        String kod = "granskning-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.put("/api/organisation/organs/" + kod, "{\"namn\":\"Granskningen\"}", "kansli").status())
                .isEqualTo(200);
        assertThat(api.put("/api/organisation/organs/" + kod, "{\"namn\":\"Revisionsutskottet\"}", "kansli").status())
                .isEqualTo(200);
        Api.Response added = api.post("/api/organisation/organs/" + kod + "/members", """
                {"namn":"Greta Granskare","roll":"ledamot","huvudman":"vannas","fran":"2024-01-01"}""", "kansli");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String term = added.json().path("uppdragId").asString();
        assertThat(api.post("/api/organisation/terms/" + term + "/end", "{\"till\":\"2024-06-30\"}", "kansli")
                .status()).isEqualTo(200);
        String person = added.json().path("personId").asString();
        assertThat(api.put("/api/organisation/persons/" + person + "/email", "{\"email\":\"greta@example.se\"}",
                "kansli").status()).isEqualTo(204);

        JsonNode organ = api.get("/api/audit?kind=organisation.&object=organ/" + kod, "admin").json().path("items");
        assertThat(organ).extracting(e -> e.path("kind").asString())
                .containsExactly("organisation.organ.changed", "organisation.organ.created");
        assertThat(organ.get(0).path("details").path("tidigareNamn").asString()).isEqualTo("Granskningen");
        assertThat(organ.get(0).path("details").path("namn").asString()).isEqualTo("Revisionsutskottet");
        assertThat(organ.get(0).path("actor").asString()).isEqualTo("kansli");
        assertThat(api.get("/api/audit?object=term/" + term, "admin").json().path("items"))
                .extracting(e -> e.path("kind").asString())
                .containsExactly("organisation.term.ended", "organisation.term.started");
        JsonNode email = api.get("/api/audit?object=person/" + person, "admin").json().path("items");
        assertThat(email).extracting(e -> e.path("kind").asString()).containsExactly("organisation.person.email");
        assertThat(email.toString()).doesNotContain("greta@example.se");
        assertThat(api.get("/api/audit/verify", "admin").json().path("intact").asBoolean()).isTrue();
    }
}
