package se.finsam.handlingar.distribution;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code handlingar.distribution.*}. SMTP itself is configured with the standard {@code spring.mail.*}
 * settings; without {@code spring.mail.host} messages are written as .eml files to {@code <data-dir>/outbox}.
 *
 * @param maxUploadSize largest accepted uploaded bilaga
 * @param attachmentMaxSize above this the PDF is linked instead of attached
 * @param from sender address
 * @param linkBaseUrl base of the link to a document too large to attach
 * @param pollInterval how often the worker looks for due messages
 * @param lease how long a claimed message is reserved for the worker that claimed it
 * @param maxAttempts attempts before a message is marked failed
 * @param retryBase wait after the first failed attempt; doubled after each further one
 * @param retryMax longest wait between attempts
 * @param batchSize messages claimed per poll
 * @param workerEnabled false stops sending from this instance (orders are still queued)
 */
@ConfigurationProperties("handlingar.distribution")
public record DistributionProperties(
        DataSize maxUploadSize,
        DataSize attachmentMaxSize,
        String from,
        String linkBaseUrl,
        Duration pollInterval,
        Duration lease,
        Integer maxAttempts,
        Duration retryBase,
        Duration retryMax,
        Integer batchSize,
        Boolean workerEnabled) {

    public DistributionProperties {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(20) : maxUploadSize;
        attachmentMaxSize = attachmentMaxSize == null ? DataSize.ofMegabytes(10) : attachmentMaxSize;
        from = from == null ? "handlingar@localhost" : from;
        linkBaseUrl = linkBaseUrl == null ? "http://localhost:8080" : linkBaseUrl.replaceAll("/+$", "");
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        retryBase = retryBase == null ? Duration.ofSeconds(30) : retryBase;
        retryMax = retryMax == null ? Duration.ofHours(1) : retryMax;
        batchSize = batchSize == null ? 20 : batchSize;
        workerEnabled = workerEnabled == null || workerEnabled;
    }

    /** Wait before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
    Duration backoff(int attempts) {
        Duration wait = retryBase;
        for (int i = 1; i < attempts && wait.compareTo(retryMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }

    static DistributionProperties defaults() {
        return new DistributionProperties(null, null, null, null, null, null, null, null, null, null, null);
    }
}
