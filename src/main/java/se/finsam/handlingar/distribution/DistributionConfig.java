package se.finsam.handlingar.distribution;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import io.micrometer.core.instrument.MeterRegistry;
import se.finsam.handlingar.system.HandlingarProperties;

@Configuration
class DistributionConfig {

    /** SMTP when spring.mail.host is set (Spring Boot then provides a JavaMailSender), else the outbox folder. */
    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, HandlingarProperties handlingar) {
        JavaMailSender sender = smtp.getIfAvailable();
        return sender != null ? new SmtpTransport(sender) : new FileOutboxTransport(handlingar.dataDir().resolve("outbox"));
    }

    @Bean
    OutboxWorker outboxWorker(OutboxStore store, MessageComposer composer, MailTransport transport,
            DistributionProperties properties, Clock clock, MeterRegistry meters,
            org.springframework.context.ApplicationEventPublisher events) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return new OutboxWorker(store, composer, transport, properties, clock, instance, meters, events::publishEvent);
    }
}
