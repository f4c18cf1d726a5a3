package se.finsam.handlingar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The årsredovisning's signatories against the organisation register loaded from {@code fixtures/organisation.json}.
 */
class AnnualSignatoryRegisterCheckTest extends IntegrationTest {

    private List<String> signatoryFindings(JsonNode body) {
        List<String> found = new ArrayList<>();
        for (JsonNode f : api.post("/api/checks", body, "kansli").json().path("findings")) {
            if (f.path("code").asString().startsWith("undertecknare.")) {
                found.add(f.path("code").asString() + ": " + f.path("message").asString());
            }
        }
        return found;
    }

    @Test
    void theSeedSignatoriesAreTheBoardInTheRegister() {
        assertThat(signatoryFindings(Api.fixtureJson("arsredovisning-2023.json"))).isEmpty();
    }

    @Test
    void aMissingAndAnUnknownSignatoryAreNamed() {
        ObjectNode body = (ObjectNode) Api.fixtureJson("arsredovisning-2023.json");
        ArrayNode ledamoter = (ArrayNode) body.path("data").path("styrelse").path("ledamoter");
        String removed = ledamoter.get(2).path("namn").asString();
        ((ObjectNode) ledamoter.get(2)).put("namn", "Okänd Person");

        assertThat(signatoryFindings(body)).containsExactlyInAnyOrder(
                "undertecknare.saknas: " + removed + " är ordinarie ledamot i styrelsen den 2024-03-22 enligt "
                        + "organisationsregistret men saknas bland undertecknarna.",
                "undertecknare.okand: Okänd Person undertecknar men är inte ordinarie ledamot i styrelsen den 2024-03-22 "
                        + "enligt organisationsregistret.",
                // the fixture's signing order still names the removed ledamot
                "undertecknare.ordning: " + removed + " står i underskrifternas ordning men är inte ledamot i styrelsen "
                        + "den 2024-03-22.");
    }
}
