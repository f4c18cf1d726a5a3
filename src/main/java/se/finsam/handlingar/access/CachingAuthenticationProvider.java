package se.finsam.handlingar.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * HTTP Basic sends the password with every request, and checking a bcrypt hash costs tens of milliseconds of CPU —
 * more than rendering a kallelse. A successful check is therefore remembered for a few minutes under a salted SHA-256
 * of user and password (never the password itself), together with the user's credential stamp (hash, roles, state) at
 * that moment. Each remembered use reads the stamp again (one primary-key lookup), so a changed password or role, a
 * disabled or deleted user takes effect on the next request — also when a login raced the change, and on every
 * instance that shares the database. Failed logins go through {@link LoginThrottle}.
 */
@Component
class CachingAuthenticationProvider implements AuthenticationProvider {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final DaoAuthenticationProvider delegate;
    private final UserAccounts accounts;
    private final LoginThrottle throttle;
    private final byte[] salt = new byte[32];
    private final Cache<String, Remembered> remembered = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(TTL)
            .build();

    private record Remembered(String username, Authentication authentication, String stamp) {
    }

    CachingAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        this.delegate = new DaoAuthenticationProvider(accounts);
        this.delegate.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.throttle = throttle;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (username == null || !(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "intern";
        throttle.check(username, address);

        String key = key(username, password);
        Remembered hit = remembered.getIfPresent(key);
        if (hit != null) {
            Optional<String> now = accounts.credentialStamp(username);
            if (now.isPresent() && now.get().equals(hit.stamp())) {
                return hit.authentication();
            }
            remembered.invalidate(key);
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
        throttle.succeeded(username, address);
        // read before the provider manager erases the credentials of the principal
        if (result.getPrincipal() instanceof UserDetails user && user.getPassword() != null) {
            remembered.put(key, new Remembered(username, result, UserAccounts.stamp(user)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Frees the memory at once; correctness does not depend on it (the stamp is read on every use). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(UserAccounts.UserChanged event) {
        remembered.asMap().values().removeIf(r -> Objects.equals(r.username(), event.username()));
    }

    private String key(String username, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
