package se.finsam.handlingar.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the service where to find it and how to make a first document.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;
    private final HandlingarProperties properties;
    private final DemoData demo;

    StartupBanner(Environment environment, HandlingarProperties properties, DemoData demo) {
        this.environment = environment;
        this.properties = properties;
        this.demo = demo;
    }

    /** The credentials as the person who started it can type them: curl asks for a password it was not given. */
    static String credentials(String passwordFromEnvironment) {
        return passwordFromEnvironment != null && !passwordFromEnvironment.isBlank()
                ? "-u \"admin:$HANDLINGAR_ADMIN_PASSWORD\""
                : "-u admin   (curl asks for the admin password: the one given at the first start, or printed then)";
    }

    /** A curl line that works from any folder, or why there is none. */
    static String firstPdf(Path fixturesDir, String base, String credentials) {
        Path kallelse = fixturesDir.resolve(KALLELSE).toAbsolutePath().normalize();
        if (Files.isRegularFile(kallelse)) {
            return "curl " + credentials.replaceFirst("   \\(.*", "") + " -H 'Content-Type: application/json' --data @"
                    + kallelse + " " + base + "/api/previews -o kallelse.pdf";
        }
        return "no example data: " + kallelse + " does not exist (start in the project folder or set "
                + "--handlingar.fixtures.dir=<folder with the fixtures>)";
    }

    private static final String KALLELSE = "kallelse-2024-03-22.json";

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String base = "http://localhost:" + port;
        String credentials = credentials(System.getenv("HANDLINGAR_ADMIN_PASSWORD"));
        Path fixtures = demo.dir().toAbsolutePath().normalize();
        log.info("""

                Handlingar is running.
                  API:          {}/api  (HTTP Basic: {})
                  OpenAPI:      {}/swagger-ui.html  ({}/v3/api-docs)
                  Health:       {}/actuator/health
                  Data dir:     {}
                  Fixtures:     {}{}
                  First PDF:    {}""",
                base, credentials, base, base, base, properties.dataDir().toAbsolutePath().normalize(), fixtures,
                Files.isDirectory(fixtures) ? (demo.enabled() ? " (demo data stored)" : "") : " (not found)",
                firstPdf(fixtures, base, credentials));
    }
}
