package se.finsam.handlingar.distribution;

import jakarta.mail.internet.MimeMessage;

/** Where composed messages go: SMTP, or .eml files in the outbox folder when no SMTP server is configured. */
interface MailTransport {

    /**
     * Delivers one message. Throws {@link PermanentMailException} when retrying cannot help (the address is refused),
     * any other exception for a failure worth retrying (server down, timeout).
     */
    void send(MimeMessage message) throws Exception;

    String describe();

    final class PermanentMailException extends Exception {
        PermanentMailException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
