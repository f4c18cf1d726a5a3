package se.finsam.handlingar.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The data directory holds the embedded database (with the password hashes), the archive and the mail outbox: only
 * the service's own user may read it. The directory is created owner-only before the database opens its files; at
 * start every directory under it becomes {@code rwx------} and every file {@code rw-------}. (The archive directory too,
 * when it lives elsewhere.) On file systems without POSIX permissions nothing changes and a warning says so.
 */
@Component
class DataDirectoryPermissions implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryPermissions.class);
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Environment environment;
    private volatile boolean prepared;

    DataDirectoryPermissions(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && !prepared) {
            prepared = true;
            createOwnerOnly(dataDir());
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        tighten(dataDir());
        String storage = environment.getProperty("handlingar.storage-dir");
        if (storage != null && !storage.isBlank()) {
            tighten(Path.of(storage));
        }
    }

    private Path dataDir() {
        return Path.of(environment.getProperty("handlingar.data-dir", "data"));
    }

    static void createOwnerOnly(Path dir) {
        if (!posix()) {
            return;
        }
        try {
            if (!Files.exists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
            Files.setPosixFilePermissions(dir, DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException("Datakatalogen " + dir.toAbsolutePath() + " kunde inte skapas eller skyddas", e);
        }
    }

    static void tighten(Path root) {
        if (!posix()) {
            log.warn("The file system has no POSIX permissions: {} is not restricted to the service's user", root);
            return;
        }
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> {
                try {
                    if (Files.isSymbolicLink(path)) {
                        return;
                    }
                    Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
                } catch (IOException e) {
                    log.warn("Could not restrict {}: {}", path, e.getMessage());
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not restrict {}: {}", root, e.getMessage());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
