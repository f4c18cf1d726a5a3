package se.finsam.handlingar.distribution;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.mail.internet.MimeMessage;

/**
 * Writes each message as {@code <message id>.eml} into the outbox folder. The name is the outbox row's id and the file
 * appears atomically, so a repeated attempt overwrites rather than doubles.
 */
final class FileOutboxTransport implements MailTransport {

    private final Path folder;

    FileOutboxTransport(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public void send(MimeMessage message) throws Exception {
        message.saveChanges();
        String id = message.getMessageID().replaceAll("[<>]", "").replaceAll("[^A-Za-z0-9@._-]", "_");
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "utskick-", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            message.writeTo(out);
        }
        Files.move(temp, folder.resolve(id + ".eml"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    Path folder() {
        return folder;
    }

    @Override
    public String describe() {
        return "filer i " + folder;
    }
}
