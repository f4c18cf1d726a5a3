package se.finsam.handlingar.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium with axe-core (installed by {@code npm ci --prefix src/test/axe}, as {@code .ci/run} does):
 * opens a page and lists the serious and critical accessibility violations. Skips with a message when Chromium,
 * chromedriver or axe-core is missing.
 */
public final class Axe implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");

    private final WebDriver browser;
    private final String axe;

    private Axe(WebDriver browser, String axe) {
        this.browser = browser;
        this.axe = axe;
    }

    public static Axe start() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium or chromedriver not installed; install Debian packages chromium and chromium-driver");
        Assumptions.assumeTrue(Files.isRegularFile(AXE),
                "axe-core not installed; run `npm ci --prefix src/test/axe` (as .ci/run does)");
        Path profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new Axe(new ChromeDriver(service, options), Files.readString(AXE));
    }

    public WebDriver browser() {
        return browser;
    }

    public Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** Serious and critical violations of the page at the URL, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    public List<String> seriousViolations(String url) {
        browser.get(url);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{id: 'axe-error', targets: [String(e)]}]));
                """);
        List<String> lines = new ArrayList<>();
        for (Object v : (List<Object>) result) {
            Map<String, Object> violation = (Map<String, Object>) v;
            lines.add(violation.get("id") + ": " + violation.get("targets"));
        }
        return lines;
    }

    @Override
    public void close() {
        browser.quit();
    }
}
