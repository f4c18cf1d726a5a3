package se.finsam.handlingar.access;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for a user or from an address: answered 429 with {@code Retry-After}. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
