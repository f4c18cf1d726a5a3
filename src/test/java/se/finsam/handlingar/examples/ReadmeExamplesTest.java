package se.finsam.handlingar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The documentation cannot drift from the scripts CI runs ({@code ExamplesIT}): every curl example is a script's
 * text. To update the documentation after changing a script: {@code mvn -B test -Dtest=ReadmeExamplesTest -Dexamples.write=true}.
 */
class ReadmeExamplesTest {

    @Test
    void everyCurlExampleIsTheTextOfAScriptThatCiRuns() throws Exception {
        if (Boolean.getBoolean("examples.write")) {
            System.out.println("rewritten from docs/examples: " + ReadmeExamples.write());
        }
        List<String> problems = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Path document : ReadmeExamples.documents()) {
            for (ReadmeExamples.Block block : ReadmeExamples.blocks(document)) {
                if (block.script() == null) {
                    if (block.text().contains("curl ")) {
                        problems.add(document + ": a curl example without <!-- docs/examples/<script>.sh --> above it:\n"
                                + block.text());
                    }
                    continue;
                }
                Path script = Path.of(block.script());
                if (!Files.exists(script)) {
                    problems.add(document + ": " + script + " does not exist");
                } else if (!ReadmeExamples.shown(script).equals(block.text())) {
                    problems.add(document + ": the block differs from " + script
                            + " (run with -Dexamples.write=true to copy the script's text)");
                } else if (!ReadmeExamples.scripts().contains(script)) {
                    problems.add(script + " is shown in " + document + " but CI does not run it (ReadmeExamples.scripts)");
                }
                shown.add(script.toString());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(shown).as("the README shows the API examples").contains("docs/examples/api.sh",
                "docs/examples/meetings.sh", "docs/examples/distribution.sh");
    }

    @Test
    void everyScriptCiRunsStopsOnTheFirstFailure() throws Exception {
        for (Path script : ReadmeExamples.scripts()) {
            assertThat(Files.readString(script)).as(script.toString()).contains("set -euo pipefail");
        }
        assertThat(ReadmeExamples.scripts()).hasSizeGreaterThanOrEqualTo(8);
    }
}
