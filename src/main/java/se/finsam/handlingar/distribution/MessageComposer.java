package se.finsam.handlingar.distribution;

import java.io.UnsupportedEncodingException;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentService;

/**
 * Builds the message for one outbox row. Its Message-ID is derived from the row, so a message that is ever sent twice
 * (a crash after the server accepted it, before the row was marked) carries the same id both times.
 */
@Component
class MessageComposer {

    private final DocumentService documents;
    private final DistributionProperties properties;
    private final Session session = Session.getInstance(new Properties());

    MessageComposer(DocumentService documents, DistributionProperties properties) {
        this.documents = documents;
        this.properties = properties;
    }

    static String messageId(OutboxStore.Message message) {
        return "<" + message.id() + "@handlingar>";
    }

    MimeMessage compose(OutboxStore.Order order, OutboxStore.Message message) throws MessagingException {
        return compose(order, message, attachment(order));
    }

    /**
     * The order's PDF as archived (its newest revision, e.g. the signed protokoll), verified against its SHA-256;
     * null when the order links the document instead.
     */
    byte[] attachment(OutboxStore.Order order) {
        return order.attach() ? documents.content(documents.latestRevision(order.documentId()).id()) : null;
    }

    /** @param attachment the bytes {@link #attachment} gave for the order (read once for all its recipients) */
    MimeMessage compose(OutboxStore.Order order, OutboxStore.Message message, byte[] attachment)
            throws MessagingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId(message));
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(mime, order.attach(), "UTF-8");
        helper.setFrom(properties.from());
        try {
            helper.setTo(message.name() == null
                    ? new InternetAddress(message.address(), true)
                    : new InternetAddress(message.address(), message.name(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        helper.setSubject(order.subject());
        helper.setText(order.body());
        helper.setSentDate(java.util.Date.from(order.createdAt()));
        if (order.attach()) {
            helper.addAttachment(order.filename(), new ByteArrayResource(attachment), "application/pdf");
        }
        mime.saveChanges();
        return mime;
    }
}
