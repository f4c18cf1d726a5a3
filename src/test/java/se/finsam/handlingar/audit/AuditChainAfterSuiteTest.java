package se.finsam.handlingar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Runs after every other test class of the suite (src/test/resources/junit-platform.properties orders classes by
 * {@code @Order}; the rest keep their order): the audit chain of the shared test database, written by the traffic of
 * every test before it, still verifies.
 */
@Order(Integer.MAX_VALUE)
class AuditChainAfterSuiteTest extends IntegrationTest {

    @Test
    void theAuditChainVerifiesAfterTheWholeSuitesTraffic() {
        JsonNode verification = api.get("/api/audit/verify", "admin").json();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("firstBroken").isNull() || verification.path("firstBroken").isMissingNode())
                .isTrue();
        System.out.println("Audit chain after the suite: " + verification.path("entries").asLong() + " entries, intact");
    }
}
