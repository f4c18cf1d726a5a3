package se.finsam.handlingar.distribution;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP through Spring's {@link JavaMailSender}, configured with the standard {@code spring.mail.*} settings. */
final class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;

    SmtpTransport(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public void send(MimeMessage message) throws Exception {
        try {
            sender.send(message);
        } catch (MailSendException e) {
            for (Exception failure : e.getFailedMessages().values()) {
                for (Throwable t = failure; t != null; t = t.getCause()) {
                    if (t instanceof AddressException
                            || (t instanceof SendFailedException s && s.getInvalidAddresses() != null
                                    && s.getInvalidAddresses().length > 0)) {
                        throw new PermanentMailException("Adressen avvisades av e-postservern: " + t.getMessage(), e);
                    }
                }
            }
            throw e;
        }
    }

    @Override
    public String describe() {
        return sender instanceof JavaMailSenderImpl impl
                ? "SMTP " + impl.getHost() + ":" + (impl.getPort() < 0 ? 25 : impl.getPort())
                : "SMTP";
    }
}
