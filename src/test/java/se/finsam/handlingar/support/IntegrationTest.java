package se.finsam.handlingar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.handlingar.access.Role;
import se.finsam.handlingar.access.UserAccounts;

/**
 * Starts the whole service on a random port with its own data directory, and gives each role a user.
 * Tests talk to it over real HTTP through {@link Api}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    public static final String PASSWORD = "test-password-123";
    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserAccounts accounts;

    protected Api api;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        if ("postgres".equals(System.getProperty("handlingar.test.db"))) {
            usePostgres(registry);
        }
        registry.add("handlingar.data-dir", () -> DATA_DIR.toString());
        registry.add("handlingar.admin-password", () -> PASSWORD);
        registry.add("handlingar.demo", () -> "true");
        registry.add("handlingar.templates-dir", () -> Path.of("templates").toAbsolutePath().toString());
        registry.add("handlingar.signing.trust-anchors", () -> TestCa.instance().rootPem().toString());
    }

    @BeforeEach
    void usersForEveryRole() {
        ensureRoleUsers(accounts);
        api = new Api("http://127.0.0.1:" + port);
    }

    /** One user per role, named after it in lower case, with {@link #PASSWORD}. */
    public static void ensureRoleUsers(UserAccounts accounts) {
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            if (accounts.find(name).isEmpty()) {
                accounts.save(name, PASSWORD, EnumSet.of(role));
            }
        }
    }

    /**
     * The second surefire run ({@code pom.xml}, active when {@code .ci/run} provides PostgreSQL) runs every integration
     * test against PostgreSQL too, each run in a fresh schema.
     */
    private static void usePostgres(DynamicPropertyRegistry registry) {
        String url = System.getenv("HANDLINGAR_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("handlingar.test.db=postgres needs HANDLINGAR_TEST_POSTGRES_URL/_USER/_PASSWORD");
        }
        String schema = "it_" + Long.toHexString(System.nanoTime());
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> System.getenv("HANDLINGAR_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("HANDLINGAR_TEST_POSTGRES_PASSWORD"));
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
    }

    protected static Path dataDir() {
        return DATA_DIR;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("handlingar-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
