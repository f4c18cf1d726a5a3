package se.finsam.handlingar.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Back-off after failed logins ({@code handlingar.login.*}), counted per user name and per client address.
 *
 * @param failuresBeforeDelay failed logins in a row that cost nothing; each further one doubles the wait
 * @param firstDelay the wait after the first failure beyond {@code failuresBeforeDelay}
 * @param maxDelay the longest wait; a count is forgotten after this long without a failure
 */
@ConfigurationProperties("handlingar.login")
public record LoginProperties(Integer failuresBeforeDelay, Duration firstDelay, Duration maxDelay) {

    public LoginProperties {
        if (failuresBeforeDelay == null) {
            failuresBeforeDelay = 10;
        }
        if (firstDelay == null) {
            firstDelay = Duration.ofSeconds(1);
        }
        if (maxDelay == null) {
            maxDelay = Duration.ofMinutes(15);
        }
        if (failuresBeforeDelay < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("handlingar.login: failures-before-delay ≥ 1 and 0 < first-delay ≤ max-delay");
        }
    }
}
