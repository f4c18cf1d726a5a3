package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.VisualPages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders every document fixture, rasterises its pages at 96 DPI and compares them with the reviewed baselines under
 * {@code src/test/resources/visual/<fixture>/} ({@link VisualPages}: one changed digit fails). On a difference it
 * writes the actual pages and diff PNGs to {@code target/visual/}; a missing baseline writes the actual pages there and fails. After looking at them, accept
 * new pages with {@code mvn -B verify -Dvisual.accept=true}.
 */
class VisualRegressionTest extends IntegrationTest {

    private static final Path BASELINES = Path.of("src/test/resources/visual");
    private static final Path OUTPUT = Path.of("target/visual");

    static Stream<String> documentFixtures() throws IOException {
        return FixtureConformanceTest.documentFixtures();
    }

    @ParameterizedTest
    @MethodSource("documentFixtures")
    void pagesLookAsReviewed(String fixture) throws IOException {
        ObjectNode body = (ObjectNode) Api.fixtureJson(fixture);
        body.put("format", "pdf");
        Api.Response response = api.post("/api/previews", (JsonNode) body, "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);

        String name = fixture.replace(".json", "");
        VisualPages.assertPagesMatch(VisualPages.pages(response.body(), 96), BASELINES.resolve(name), OUTPUT.resolve(name),
                fixture);
    }
}
