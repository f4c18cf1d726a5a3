package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;

/**
 * The public anslagstavla in a real headless Chromium with JavaScript off: each anslag from the day it goes up to the
 * day it comes down, never before and never after, in a real table with a working link to the protokoll.
 */
class AnslagstavlaBrowserTest extends IntegrationTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    /** A justerat meeting of a new organ named {@code namn}, with its anslag up from {@code uppsatt}. */
    private String justerat(MeetingFlow flow, String namn, LocalDate uppsatt, LocalDate justering) {
        String id = flow.withDraft(flow.newOrgan(namn), justering.minusDays(3), 2);
        Api.Response r = flow.justera(id, justering, uppsatt);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return id;
    }

    @Test
    void listsExactlyTheCurrentAnslagInAnAccessibleTableWithoutJavaScript() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium or chromedriver not installed; install Debian packages chromium and chromium-driver");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        MeetingFlow flow = new MeetingFlow(api);
        LocalDate today = today();
        String upToday = justerat(flow, "Uppsatt idag " + tag, today, today.minusDays(1));
        String lastDay = justerat(flow, "Sista dagen " + tag, today.minusDays(21), today.minusDays(22));
        String expired = justerat(flow, "Nedtaget " + tag, today.minusDays(22), today.minusDays(23));
        String notYet = justerat(flow, "Inte uppe än " + tag, today.plusDays(1), today);

        Path profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get("http://127.0.0.1:" + port + "/anslagstavla");

            assertThat(browser.getTitle()).startsWith("Anslagstavla – Samordningsförbundet Umeåregionen");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anslagstavla");
            assertThat(browser.findElements(By.tagName("h2"))).extracting(WebElement::getText).contains("Aktuella anslag");
            WebElement table = browser.findElement(By.cssSelector("table#anslag"));
            assertThat(table.findElement(By.tagName("caption")).getText()).isEqualTo("Anslag om justerade protokoll");
            assertThat(table.findElements(By.cssSelector("thead th[scope=col]"))).extracting(WebElement::getText)
                    .containsExactly("Organ", "Sammanträdesdatum", "Justeringsdatum", "Uppsatt", "Tas ned",
                            "Sista dag att överklaga", "Protokollet förvaras", "Protokoll");

            List<String> organs = table.findElements(By.cssSelector("tbody th[scope=row]")).stream()
                    .map(WebElement::getText).filter(t -> t.endsWith(tag)).toList();
            assertThat(organs).containsExactlyInAnyOrder("Uppsatt idag " + tag, "Sista dagen " + tag);

            WebElement row = table.findElement(By.xpath(".//tr[th[normalize-space()='Uppsatt idag " + tag + "']]"));
            assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText).containsExactly(
                    today.minusDays(4).toString(), today.minusDays(1).toString(), today.toString(),
                    today.plusDays(21).toString(), AppealPeriod.lastDay(today).toString(), "Samordningsförbundets kansli",
                    "Protokoll " + today.minusDays(4) + " (PDF)");
            WebElement link = row.findElement(By.tagName("a"));
            assertThat(link.getAttribute("title")).isNotBlank();
            String href = link.getAttribute("href");
            assertThat(href).endsWith("/anslagstavla/" + upToday + "/protokoll.pdf");

            Api.Response pdf = api.get(href.substring(href.indexOf("/anslagstavla")), null);
            assertThat(pdf.status()).as("public, no login").isEqualTo(200);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(api.get("/anslagstavla/" + lastDay + "/protokoll.pdf", null).status()).isEqualTo(200);

            // taken down yesterday: listed under Nedtagna anslag with its appeal day, without the protokoll
            WebElement history = browser.findElement(By.cssSelector("table#nedtagna"));
            WebElement down = history.findElement(By.xpath(".//tr[th[normalize-space()='Nedtaget " + tag + "']]"));
            assertThat(down.getAttribute("id")).isEqualTo("anslag-" + expired);
            assertThat(down.findElements(By.tagName("td"))).extracting(WebElement::getText).containsExactly(
                    today.minusDays(26).toString(), today.minusDays(23).toString(), today.minusDays(22).toString(),
                    today.minusDays(1).toString(), AppealPeriod.lastDay(today.minusDays(22)).toString(),
                    "Samordningsförbundets kansli");
            assertThat(down.findElements(By.tagName("a"))).isEmpty();
            assertThat(history.findElements(By.cssSelector("tbody th[scope=row]"))).extracting(WebElement::getText)
                    .doesNotContain("Uppsatt idag " + tag, "Sista dagen " + tag, "Inte uppe än " + tag);
            assertThat(api.get("/anslagstavla/" + expired + "/protokoll.pdf", null).status()).isEqualTo(404);
            assertThat(api.get("/anslagstavla/" + notYet + "/protokoll.pdf", null).status()).isEqualTo(404);
        } finally {
            browser.quit();
            FileSystemUtils.deleteRecursively(profile);
        }
    }
}
