package se.finsam.handlingar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.support.Api;
import tools.jackson.databind.JsonNode;

/** The seed report (fixture) keeps its printed numbers; the checks find exactly its errors, see docs/arsredovisning.md. */
class SeedReportFindingsTest {

    static JsonNode seed() {
        return Api.fixtureJson("arsredovisning-2023.json").path("data");
    }

    @Test
    void printsFindings() {
        List<Finding> findings = AnnualReportAnalysis.of(seed(), EquityCap.DEFAULT).findings();
        findings.forEach(f -> System.out.println(f.severity() + " | " + f.code() + " | " + f.pointer() + " | "
                + f.expected() + " | " + f.actual() + " | " + f.message()));
        assertThat(findings).isNotEmpty();
    }
}
