package se.finsam.handlingar.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.finsam.handlingar.system.DemoData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Without {@code handlingar.demo=true} the register is left alone; a missing fixture file is not an error.
 */
class OrganisationFixtureLoaderTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void switchedOffItReadsNothing() {
        // no directory: touching the register would fail
        var loader = new OrganisationFixtureLoader(null, json, DemoData.off());
        assertThatCode(() -> loader.run(null)).doesNotThrowAnyException();
    }

    @Test
    void switchedOnItImportsTheFixture() {
        var loader = new OrganisationFixtureLoader(null, json, DemoData.on(Path.of("fixtures")));
        assertThatThrownBy(() -> loader.run(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMissingFixtureIsSkipped() {
        var loader = new OrganisationFixtureLoader(null, json, DemoData.on(Path.of("target/no-such-dir")));
        assertThatCode(() -> loader.run(null)).doesNotThrowAnyException();
    }
}
