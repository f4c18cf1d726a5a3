package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.VisualPages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The visual comparison is sharp enough: the reviewed kallelse page passes, and the same page with one digit changed fails. */
class VisualComparisonTest extends IntegrationTest {

    private static final Path BASELINE = Path.of("src/test/resources/visual/kallelse-2024-03-22/page-01.png");

    @Test
    void oneChangedDigitFailsTheComparison() throws Exception {
        BufferedImage reviewed = ImageIO.read(BASELINE.toFile());
        String fixture = Api.fixture("kallelse-2024-03-22.json");
        assertThat(VisualPages.compare(reviewed, firstPage(fixture))).as("the reviewed page itself").isEmpty();

        String oneDigit = fixture.replace("\"utfardad\": \"2024-03-18\"", "\"utfardad\": \"2024-03-19\"");
        assertThat(oneDigit).isNotEqualTo(fixture);
        assertThat(VisualPages.compare(reviewed, firstPage(oneDigit))).as("the page with 18 → 19 in the issue date")
                .hasValueSatisfying(d -> assertThat(d.description()).contains("px square"));
    }

    private BufferedImage firstPage(String request) throws Exception {
        ObjectNode body = (ObjectNode) Api.JSON.readTree(request);
        body.put("format", "pdf");
        Api.Response response = api.post("/api/previews", (JsonNode) body, "kansli");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return VisualPages.page(response.body(), 0, 96);
    }
}
