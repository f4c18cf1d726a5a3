package se.finsam.handlingar.organisation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import se.finsam.handlingar.system.DemoData;
import tools.jackson.databind.json.JsonMapper;

/**
 * With the demo switch on ({@code handlingar.demo=true}) loads {@code <handlingar.fixtures.dir>/organisation.json} at
 * start, so a fresh service knows the förbund, its organs and members. Insert-only: what is stored already (an organ
 * renamed through the API, an e-mail address) is never changed.
 */
@Component
class OrganisationFixtureLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganisationFixtureLoader.class);

    private final OrganisationDirectory directory;
    private final JsonMapper json;
    private final boolean enabled;
    private final Path file;

    OrganisationFixtureLoader(OrganisationDirectory directory, JsonMapper json,
            DemoData demo) {
        this.directory = directory;
        this.json = json;
        this.enabled = demo.enabled();
        this.file = demo.dir().resolve("organisation.json");
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            log.info("No organisation fixture at {}; the register stays as it is", file.toAbsolutePath());
            return;
        }
        OrganisationData data = json.readValue(file.toFile(), OrganisationData.class);
        OrganisationDirectory.ImportResult result;
        try {
            result = directory.importMissing(data);
        } catch (DataIntegrityViolationException e) {
            // another instance on the same database is loading the same fixture right now; once it has committed,
            // loading again finds everything in place
            Thread.sleep(1000);
            result = directory.importMissing(data);
        }
        log.info("Demo data: organisation fixture {}: {} persons, {} terms, {} staff positions added", file, result.personsAdded(),
                result.termsAdded(), result.staffAdded());
    }
}
