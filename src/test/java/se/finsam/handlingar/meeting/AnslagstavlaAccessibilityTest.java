package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import se.finsam.handlingar.support.IntegrationTest;

/**
 * axe-core (from {@code src/test/axe}, installed with {@code npm ci --prefix src/test/axe}) in headless Chromium on the
 * public anslagstavla with current and taken-down anslag, and on the empty page: no serious or critical violation.
 */
class AnslagstavlaAccessibilityTest extends IntegrationTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");

    @Test
    void anslagstavlaHasNoSeriousOrCriticalAxeViolations() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium or chromedriver not installed; install Debian packages chromium and chromium-driver");
        Assumptions.assumeTrue(Files.isRegularFile(AXE),
                "axe-core not installed; run: npm ci --prefix src/test/axe (needs Debian package npm)");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        MeetingFlow flow = new MeetingFlow(api);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int daysAgo : new int[] { 0, 30 }) {
            String id = flow.withDraft(flow.newOrgan("Tillgänglighetsnämnden " + daysAgo + " " + tag),
                    today.minusDays(daysAgo + 3), 2);
            assertThat(flow.justera(id, today.minusDays(daysAgo + 1), today.minusDays(daysAgo)).status()).isEqualTo(200);
        }
        String axe = Files.readString(AXE);

        Path profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            // The served page carries "Content-Security-Policy: sandbox", which (rightly) stops every script, axe-core's
            // too; the browser therefore reads the same bytes from a file.
            Path page = Files.createTempFile(profile, "anslagstavla-", ".html");
            Files.writeString(page, api.get("/anslagstavla", null).text());
            browser.get(page.toUri().toString());
            assertThat(browser.getPageSource()).contains("Tillgänglighetsnämnden 0 " + tag)
                    .contains("Tillgänglighetsnämnden 30 " + tag);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            js.executeScript(axe);
            @SuppressWarnings("unchecked")
            Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']})
                       .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                              help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})),
                              passes: r.passes.length}))
                       .catch(e => done({error: String(e)}));
                    """);
            assertThat(results).doesNotContainKey("error");
            assertThat(((Number) results.get("passes")).intValue()).as("axe-core rules that ran and passed")
                    .isGreaterThan(10);
            Files.write(Path.of("target", "anslagstavla.png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
            List<String> serious = new ArrayList<>();
            for (Map<String, Object> v : violations) {
                if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                    serious.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"));
                }
            }
            assertThat(serious).as("axe-core serious/critical violations").isEmpty();
            assertThat(violations).as("all axe-core violations, moderate and minor included").isEmpty();
        } finally {
            browser.quit();
            FileSystemUtils.deleteRecursively(profile);
        }
    }
}
