package se.finsam.handlingar.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code handlingar.fixtures.load=false} leaves the register alone; a missing fixture file is not an error.
 */
class OrganisationFixtureLoaderTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void switchedOffItReadsNothing() {
        // no directory: touching the register would fail
        var loader = new OrganisationFixtureLoader(null, json, false, Path.of("fixtures"));
        assertThatCode(() -> loader.run(null)).doesNotThrowAnyException();
    }

    @Test
    void switchedOnItImportsTheFixture() {
        var loader = new OrganisationFixtureLoader(null, json, true, Path.of("fixtures"));
        assertThatThrownBy(() -> loader.run(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMissingFixtureIsSkipped() {
        var loader = new OrganisationFixtureLoader(null, json, true, Path.of("target/no-such-dir"));
        assertThatCode(() -> loader.run(null)).doesNotThrowAnyException();
    }
}
