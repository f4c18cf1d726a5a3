package se.finsam.handlingar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.document.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnnualSignatoriesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode report(String order) {
        return JSON.readTree("""
                {"undertecknande": {"ort": "Umeå", "datum": "2024-03-22"%s},
                 "styrelse": {"ledamoter": [
                   {"namn": "Ada Ek", "roll": "ordförande", "fran": "2023-04-01"},
                   {"namn": "Bo Ek", "roll": "ledamot", "fran": "2023-04-01"},
                   {"namn": "Cia Ek", "roll": "ledamot", "fran": "2023-04-01", "till": "2023-12-31"},
                   {"namn": "Dan Ek", "roll": "ledamot", "fran": "2023-04-01"},
                   {"namn": "Eva Ek", "roll": "ledamot", "fran": "2023-04-01"}]}}
                """.formatted(order));
    }

    @Test
    void withoutAnOrderTheLedamoterInOfficeSignInTheStyrelsesOrder() {
        assertThat(AnnualSignatories.inOffice(report(""))).extracting(s -> s.get("namn"), s -> s.get("id"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada Ek", "underskrift-1"),
                        org.assertj.core.groups.Tuple.tuple("Bo Ek", "underskrift-2"),
                        org.assertj.core.groups.Tuple.tuple("Dan Ek", "underskrift-3"),
                        org.assertj.core.groups.Tuple.tuple("Eva Ek", "underskrift-4"));
        assertThat(AnnualSignatories.unknownInOrder(report(""))).isEmpty();
    }

    @Test
    void theOrderPlacesTheNamedFirstAndTheOthersAfterThemInTheStyrelsesOrder() {
        JsonNode data = report(", \"ordning\": [\"Ada Ek\", \"Eva Ek\", \"Bo Ek\"]");
        assertThat(AnnualSignatories.inOffice(data)).extracting(s -> s.get("namn"))
                .containsExactly("Ada Ek", "Eva Ek", "Bo Ek", "Dan Ek");
        assertThat(AnnualSignatories.inOffice(data)).extracting(s -> s.get("id"))
                .containsExactly("underskrift-1", "underskrift-2", "underskrift-3", "underskrift-4");
        assertThat(AnnualSignatories.unknownInOrder(data)).isEmpty();
    }

    @Test
    void aNameInTheOrderThatSignsNowhereIsAnError() {
        JsonNode data = report(", \"ordning\": [\"Ada Ek\", \"Cia Ek\", \"Ove Ek\"]");
        assertThat(AnnualSignatories.unknownInOrder(data)).extracting(Finding::pointer, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/undertecknande/ordning/1", se.finsam.handlingar.document.Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("/undertecknande/ordning/2", se.finsam.handlingar.document.Severity.ERROR));
        assertThat(AnnualSignatories.unknownInOrder(data).get(0).message()).contains("Cia Ek", "2024-03-22");
        assertThat(AnnualSignatories.inOffice(data)).extracting(s -> s.get("namn"))
                .containsExactly("Ada Ek", "Bo Ek", "Dan Ek", "Eva Ek");
        Map<String, Object> first = AnnualSignatories.inOffice(data).get(0);
        assertThat(first).containsEntry("roll", "Ordförande");
    }
}
