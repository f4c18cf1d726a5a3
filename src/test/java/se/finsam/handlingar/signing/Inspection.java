package se.finsam.handlingar.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps signed files under target/signing-test for a human to look at (pdftoppm, a PDF reader, pdfsig). */
final class Inspection {

    static final Path DIR = Path.of("target", "signing-test");

    private Inspection() {
    }

    static void keep(String name, byte[] bytes) {
        try {
            Files.createDirectories(DIR);
            Files.write(DIR.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
