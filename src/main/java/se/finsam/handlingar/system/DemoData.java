package se.finsam.handlingar.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo switch: with {@code handlingar.demo=true} the bundled fixtures (the seed förbund's register, its budget
 * and 2023 annual figures) are stored at start, insert-only: what is stored already is never changed. Off by
 * default, so a production instance never receives demo data. Outside tools rely on the name
 * {@code handlingar.demo}.
 *
 * @param demo load the fixtures at start
 * @param fixtures where they are ({@code handlingar.fixtures.dir}, default {@code fixtures})
 */
@ConfigurationProperties("handlingar")
public record DemoData(Boolean demo, Fixtures fixtures) {

    /** @param dir the fixtures folder, relative to the working directory or absolute */
    public record Fixtures(Path dir) {
    }

    public DemoData {
        demo = demo != null && demo;
        fixtures = fixtures == null || fixtures.dir() == null ? new Fixtures(Path.of("fixtures")) : fixtures;
    }

    public boolean enabled() {
        return demo;
    }

    public Path dir() {
        return fixtures.dir();
    }

    public static DemoData on(Path dir) {
        return new DemoData(true, new Fixtures(dir));
    }

    public static DemoData off() {
        return new DemoData(false, null);
    }
}
