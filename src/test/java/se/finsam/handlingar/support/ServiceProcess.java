package se.finsam.handlingar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar started as its own process, the way the README runs it, for tests against the real artefact.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Generous: a cold JVM start with Flyway and the demo data takes minutes on a loaded 2-core CI machine. */
    private static final long STARTUP_TIMEOUT_SECONDS =
            Long.getLong("handlingar.test.startup-timeout-seconds", 300);

    private final Process process;
    private final int port;
    private final Path dataDir;

    private ServiceProcess(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts the jar with {@code -Xmx512m}, a free port, a fresh data directory, the demo data on (as the README's first
     * command) and the extra arguments; waits for health.
     */
    public static ServiceProcess start(String... arguments) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("handlingar.jar", "target/handlingar-0.1.0.jar"));
        assertThat(jar).exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDir = Files.createTempDirectory("handlingar-jar-");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port, "--handlingar.data-dir=" + dataDir,
                "--handlingar.demo=true"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HANDLINGAR_ADMIN_PASSWORD", IntegrationTest.PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolve("service.log").toFile());
        ServiceProcess service = new ServiceProcess(builder.start(), port, dataDir);
        try {
            service.awaitHealth();
        } catch (AssertionError | InterruptedException | RuntimeException notStarted) {
            service.close();   // never leave a half-started jar behind
            throw notStarted;
        }
        return service;
    }

    public Api api() {
        return new Api("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String log() {
        try {
            return Files.readString(dataDir.resolve("service.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Gives the role users the tests use (the jar starts with only {@code admin}). */
    public void createUsers(String... roles) {
        for (String role : roles) {
            Api.Response user = api().put("/api/users/" + role.toLowerCase(java.util.Locale.ROOT),
                    "{\"password\":\"" + IntegrationTest.PASSWORD + "\",\"roles\":[\"" + role + "\"]}", "admin");
            assertThat(user.status()).as(user.text()).isIn(200, 201);
        }
    }

    private void awaitHealth() throws InterruptedException {
        Api api = api();
        Instant deadline = Instant.now().plusSeconds(STARTUP_TIMEOUT_SECONDS);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("service exited: %s", log()).isTrue();
            try {
                if (api.get("/actuator/health", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("service did not start within " + STARTUP_TIMEOUT_SECONDS + " s: " + log());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
