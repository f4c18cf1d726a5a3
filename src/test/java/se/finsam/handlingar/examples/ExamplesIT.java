package se.finsam.handlingar.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.IntegrationTest;
import se.finsam.handlingar.support.ServiceProcess;

/**
 * Runs every documented example (docs/examples/*.sh, the text the README shows) with bash, curl, jq and unzip against the
 * packaged jar started with the demo data, from a folder that holds only the fixtures, as a new user would.
 */
class ExamplesIT {

    private static ServiceProcess service;

    @BeforeAll
    static void start() throws Exception {
        for (String program : new String[] { "bash", "curl", "jq", "unzip" }) {
            assumeTrue(onPath(program), "ExamplesIT skipped: " + program + " is not installed (.ci/run installs it)");
        }
        service = ServiceProcess.start();   // with the demo data, as the README's first command
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyDocumentedExampleRunsAgainstTheJar() throws Exception {
        Path work = Files.createTempDirectory("handlingar-examples-");
        Files.createSymbolicLink(work.resolve("fixtures"), Path.of("fixtures").toAbsolutePath());
        for (Path script : ReadmeExamples.scripts()) {
            Path log = work.resolve(script.getFileName() + ".log");
            ProcessBuilder builder = new ProcessBuilder("bash", script.toAbsolutePath().toString())
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("H", "http://127.0.0.1:" + service.port());
            builder.environment().put("HANDLINGAR_ADMIN_PASSWORD", IntegrationTest.PASSWORD);
            builder.environment().put("OUT", work.resolve("walk-through").toString());
            builder.environment().put("JAR", Path.of(System.getProperty("handlingar.jar", "target/handlingar-0.1.0.jar"))
                    .toAbsolutePath().toString());
            builder.environment().remove("A");
            builder.environment().remove("AUTH");
            builder.environment().remove("BASE");
            Process process = builder.start();
            boolean done = process.waitFor(10, TimeUnit.MINUTES);
            if (!done) {
                process.destroyForcibly();
            }
            assertThat(done && process.exitValue() == 0)
                    .as("%s failed:%n%s%n--- service log (end) ---%n%s", script, tail(log, 60), tail(service.log(), 40))
                    .isTrue();
            System.out.println("== " + script + " ok");
        }
        assertThat(work.resolve("kallelse.pdf")).isNotEmptyFile();
        assertThat(Files.readAllBytes(work.resolve("protokoll.pdf"))).startsWith("%PDF".getBytes());
        assertThat(work.resolve("handlingar.pdf")).isNotEmptyFile();
        assertThat(work.resolve("walk-through").resolve("arkivpaket.zip")).isNotEmptyFile();
        for (String fixture : List.of("kallelse-2024-03-22", "protokoll-2023-11-30", "arsredovisning-2023",
                "verksamhetsplan-2022-2024", "verksamhetsplan-2025-2027")) {   // formats.sh: every document in every format
            assertThat(Files.readAllBytes(work.resolve(fixture + ".pdf"))).as(fixture + ".pdf").startsWith("%PDF".getBytes());
            assertThat(Files.readAllBytes(work.resolve(fixture + ".docx"))).as(fixture + ".docx").startsWith("PK".getBytes());
            assertThat(Files.readString(work.resolve(fixture + ".html"))).as(fixture + ".html").contains("<html");
        }
    }

    private static String tail(Path file, int lines) throws IOException {
        return tail(Files.exists(file) ? Files.readString(file) : "(no output)", lines);
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
