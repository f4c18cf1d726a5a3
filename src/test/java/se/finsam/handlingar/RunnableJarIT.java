package se.finsam.handlingar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.IntegrationTest;

/**
 * Starts the packaged jar the way the README does, with {@code --server.port} and {@code --handlingar.data-dir}, and
 * uses it: health, the fixture kallelse archived and read back, the log's promises.
 */
class RunnableJarIT {

    private static Process process;
    private static Path dataDir;
    private static Path log;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("handlingar.jar", "target/handlingar-0.1.0.jar"));
        assertThat(jar).exists();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        dataDir = Files.createTempDirectory("handlingar-jar-");
        log = dataDir.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port, "--handlingar.data-dir=" + dataDir);
        builder.environment().put("HANDLINGAR_ADMIN_PASSWORD", IntegrationTest.PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
        Api api = new Api("http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("service exited: %s", read(log)).isTrue();
            try {
                if (api.get("/actuator/health", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("service did not start within 90 s: " + read(log));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    @Test
    void startsOnTheGivenPortWithItsDataDirAndMakesTheKallelse() throws Exception {
        Api api = new Api("http://127.0.0.1:" + port);
        assertThat(api.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");

        Api.Response created = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "admin");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        byte[] pdf = api.get("/api/documents/" + created.json().get("id").asString() + "/content", "admin").body();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }

        assertThat(dataDir.resolve("handlingar.mv.db")).exists();
        assertThat(dataDir.resolve("archive")).isDirectory();
        String output = read(log);
        assertThat(output).contains("Imported bundled template 'kallelse'")
                .contains("http://localhost:" + port + "/swagger-ui.html")
                .contains("--data @fixtures/kallelse-2024-03-22.json http://localhost:" + port + "/api/previews");
        assertThat(api.get("/swagger-ui.html", null).status()).isIn(200, 302);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
