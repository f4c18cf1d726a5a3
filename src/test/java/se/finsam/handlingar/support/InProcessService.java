package se.finsam.handlingar.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.finsam.handlingar.HandlingarApplication;

/**
 * The whole service started in this JVM on a data directory of the test's choosing, so a test can stop it and start
 * it again on the same (or a restored) directory, as an operator restarts or restores an instance. The user
 * {@code admin} has {@link IntegrationTest#PASSWORD}.
 */
public final class InProcessService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private InProcessService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param settings extra {@code key=value} settings, e.g. {@code handlingar.demo=true} */
    public static InProcessService start(Path dataDir, String... settings) {
        // as command-line arguments: they win over application.properties
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--handlingar.data-dir=" + dataDir,
                "--handlingar.admin-password=" + IntegrationTest.PASSWORD,
                "--handlingar.templates-dir=" + Path.of("templates").toAbsolutePath(),
                "--handlingar.fixtures.dir=" + Path.of("fixtures").toAbsolutePath(),
                "--spring.main.banner-mode=off"));
        for (String setting : settings) {
            arguments.add("--" + setting);
        }
        return new InProcessService(new SpringApplicationBuilder(HandlingarApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    public Api api() {
        return new Api("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
