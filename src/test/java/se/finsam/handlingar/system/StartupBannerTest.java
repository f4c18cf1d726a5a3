package se.finsam.handlingar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupBannerTest {

    @Test
    void credentialsNameTheVariableOnlyWhenItIsSet() {
        assertThat(StartupBanner.credentials("secret-from-env")).isEqualTo("-u \"admin:$HANDLINGAR_ADMIN_PASSWORD\"");
        assertThat(StartupBanner.credentials(null)).startsWith("-u admin ").doesNotContain("$HANDLINGAR_ADMIN_PASSWORD");
    }

    @Test
    void theFirstPdfLineUsesTheFixtureByAbsolutePathOrSaysItIsMissing(@TempDir Path dir) throws Exception {
        Path fixtures = Files.createDirectories(dir.resolve("fixtures"));
        String missing = StartupBanner.firstPdf(fixtures, "http://localhost:1", StartupBanner.credentials(null));
        assertThat(missing).startsWith("no example data: ").contains(fixtures.resolve("kallelse-2024-03-22.json").toString());

        Files.writeString(fixtures.resolve("kallelse-2024-03-22.json"), "{}");
        String line = StartupBanner.firstPdf(fixtures, "http://localhost:1", StartupBanner.credentials(null));
        assertThat(line).isEqualTo("curl -u admin -H 'Content-Type: application/json' --data @"
                + fixtures.resolve("kallelse-2024-03-22.json") + " http://localhost:1/api/previews -o kallelse.pdf");
    }
}
