package se.finsam.handlingar.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed logins per user name and per client address. Up to {@link LoginProperties#failuresBeforeDelay()} in a
 * row cost nothing; after that the next attempt must wait {@code firstDelay}, doubling with each further failure up to
 * {@code maxDelay}. An attempt during the wait is turned away before the password is looked at, so guessing gains
 * nothing from it. A success clears the user's and the address's count. Every failure is logged (never the password).
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginProperties properties;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    private record Failures(int count, Instant last) {
    }

    LoginThrottle(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(20_000)
                .expireAfterWrite(properties.maxDelay().multipliedBy(2))
                .build();
    }

    /** @throws LoginThrottledException while the user or the address has to wait */
    void check(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(userKey(username), now), remaining(addressKey(address), now));
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        int forUser = count(userKey(username), now);
        int fromAddress = count(addressKey(address), now);
        log.warn("Failed login for user '{}' from {} ({} in a row for the user, {} from the address)",
                printable(username), address, forUser, fromAddress);
        if (forUser == properties.failuresBeforeDelay() + 1 || fromAddress == properties.failuresBeforeDelay() + 1) {
            log.warn("Logins for user '{}' and from {} are now slowed down (handlingar.login.*)", printable(username),
                    address);
        }
    }

    void succeeded(String username, String address) {
        failures.invalidate(userKey(username));
        failures.invalidate(addressKey(address));
    }

    private int count(String key, Instant now) {
        return failures.asMap().merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now)).count();
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.getIfPresent(key);
        if (f == null || f.count() < properties.failuresBeforeDelay()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.last().plus(delay(f.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The wait after {@code count} failures in a row. */
    Duration delay(int count) {
        int beyond = count - properties.failuresBeforeDelay();
        if (beyond < 0) {
            return Duration.ZERO;
        }
        Duration delay = properties.firstDelay();
        for (int i = 0; i < beyond && delay.compareTo(properties.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        // real user names have at most 64 characters; longer ones need not stay apart
        return "u:" + (username.length() > 65 ? username.substring(0, 65) : username);
    }

    private static String addressKey(String address) {
        return "a:" + (address.length() > 64 ? address.substring(0, 64) : address);
    }

    /** A user name as sent by the client, safe for one log line. */
    static String printable(String username) {
        String cut = username.length() > 100 ? username.substring(0, 100) + "…" : username;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
