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
        Path file = Files.createDirectories(Path.of("target/html")).resolve(fixture.replace(".json", ".html")).toAbsolutePath();
        Files.writeString(file, html);

        try (Axe axe = Axe.start()) {
            assertThat(axe.seriousViolations(file.toUri().toString())).as(fixture).isEmpty();

            axe.browser().manage().window().setSize(new Dimension(1280, 900));
            axe.browser().get(file.toUri().toString());
            Number measure = (Number) axe.script("return document.body.getBoundingClientRect().width");
            assertThat(measure.doubleValue()).as("body width on a wide screen").isLessThanOrEqualTo(760);
            assertThat((Boolean) axe.script("return document.fonts.check('16px Carlito')")).isTrue();
            Number narrowest = (Number) axe.script("""
                    const m = document.createElement('span');
                    document.body.appendChild(m);
                    let worst = 10;
                    for (const w of ['400', '700']) for (const st of ['normal', 'italic']) {
                        m.style.fontFamily = 'Carlito'; m.style.fontWeight = w; m.style.fontStyle = st;
                        m.textContent = 'oooo'; const o = m.getBoundingClientRect().width;
                        m.textContent = 'öööö'; const oe = m.getBoundingClientRect().width;
                        worst = Math.min(worst, oe / o);
                    }
                    m.remove();
                    return worst;""");
            assertThat(narrowest.doubleValue()).as("width of 'ö' against 'o' in the embedded faces (a broken font subset "
                    + "once gave composite glyphs no width)").isGreaterThan(0.95);
            Files.write(file.resolveSibling(fixture.replace(".json", ".png")),
                    ((org.openqa.selenium.TakesScreenshot) axe.browser()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

            axe.browser().manage().window().setSize(new Dimension(390, 844));
            axe.browser().get(file.toUri().toString());
            Number overflow = (Number) axe.script("""
                    return Array.from(document.querySelectorAll('main p, main h1, main h2, main h3, main li'))
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length""");
            assertThat(overflow.intValue()).as("text blocks wider than a phone screen").isZero();
        }
    }
}
