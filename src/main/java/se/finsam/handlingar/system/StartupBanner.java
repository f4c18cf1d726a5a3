package se.finsam.handlingar.system;

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

    StartupBanner(Environment environment, HandlingarProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String base = "http://localhost:" + port;
        log.info("""

                Handlingar is running.
                  API:          {}/api  (HTTP Basic; user 'admin')
                  OpenAPI:      {}/swagger-ui.html  ({}/v3/api-docs)
                  Health:       {}/actuator/health
                  Data dir:     {}
                  First PDF:    curl -u admin:$HANDLINGAR_ADMIN_PASSWORD -H 'Content-Type: application/json' \
                --data @fixtures/kallelse-2024-03-22.json {}/api/previews -o kallelse.pdf""",
                base, base, base, base, properties.dataDir().toAbsolutePath().normalize(), base);
    }
}
