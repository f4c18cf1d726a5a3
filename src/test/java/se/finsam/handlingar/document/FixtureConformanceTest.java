package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.PdfConformance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every bundled fixture that is a document request renders to a PDF that veraPDF accepts as PDF/A-2u and PDF/UA-1.
 */
class FixtureConformanceTest extends IntegrationTest {

    static Stream<String> documentFixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .filter(name -> Api.fixtureJson(name).has("template"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documentFixtures")
    void fixtureIsPdfA2uAndPdfUa1(String fixture) {
        ObjectNode body = (ObjectNode) Api.fixtureJson(fixture);
        body.put("format", "pdf");
        Api.Response response = api.post("/api/previews", (JsonNode) body, "sekreterare");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(PdfConformance.pdfA2uFailures(response.body())).as("PDF/A-2u").isEmpty();
        assertThat(PdfConformance.pdfUa1Failures(response.body())).as("PDF/UA-1").isEmpty();
    }
}
