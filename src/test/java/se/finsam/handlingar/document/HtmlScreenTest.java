package se.finsam.handlingar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.Axe;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTML format of every fixture in headless Chromium: no serious or critical axe-core violation, a readable
 * measure on a wide screen, no sideways scrolling of the text on a phone, the bundled font in use, landmarks and a
 * skip link.
 */
class HtmlScreenTest extends IntegrationTest {

    static java.util.stream.Stream<String> fixtures() throws java.io.IOException {
        return DocxFaithfulnessTest.fixtures();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readableAndAccessibleOnScreens(String fixture) throws Exception {
        ObjectNode body = (ObjectNode) Api.fixtureJson(fixture);
        body.put("format", "html");
        Api.Response response = api.post("/api/previews", (JsonNode) body, "admin");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        String html = response.text();
        assertThat(html).contains("<main id=\"innehall\"", "href=\"#innehall\"", "@font-face", "@media screen");
        Path file = Files.createTempDirectory("html-").resolve(fixture.replace(".json", ".html"));
        Files.writeString(file, html);

        try (Axe axe = Axe.start()) {
            assertThat(axe.seriousViolations(file.toUri().toString())).as(fixture).isEmpty();

            axe.browser().manage().window().setSize(new Dimension(1280, 900));
            axe.browser().get(file.toUri().toString());
            Number measure = (Number) axe.script("return document.body.getBoundingClientRect().width");
            assertThat(measure.doubleValue()).as("body width on a wide screen").isLessThanOrEqualTo(760);
            assertThat((Boolean) axe.script("return document.fonts.check('16px Carlito')")).isTrue();

            axe.browser().manage().window().setSize(new Dimension(390, 844));
            axe.browser().get(file.toUri().toString());
            Number overflow = (Number) axe.script("""
                    return Array.from(document.querySelectorAll('main p, main h1, main h2, main h3, main li'))
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length""");
            assertThat(overflow.intValue()).as("text blocks wider than a phone screen").isZero();
        }
    }
}
