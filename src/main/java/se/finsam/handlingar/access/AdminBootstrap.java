package se.finsam.handlingar.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import se.finsam.handlingar.system.HandlingarProperties;

/**
 * Makes sure there is an {@code admin} user. Its password comes from {@code HANDLINGAR_ADMIN_PASSWORD};
 * without it, the first start generates one and prints it once.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final HandlingarProperties properties;

    AdminBootstrap(UserAccounts accounts, HandlingarProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ensureAdmin();
        } catch (DataIntegrityViolationException e) {
            // another instance on the same database created the admin user at the same moment
            log.info("User 'admin' was created by another instance");
        }
    }

    private void ensureAdmin() {
        String configured = properties.adminPassword();
        boolean exists = accounts.find("admin").isPresent();
        if (configured != null && !configured.isBlank()) {
            if (!exists || !accounts.passwordMatches("admin", configured)) {
                accounts.save("admin", configured, EnumSet.of(Role.ADMIN));
                log.info("User 'admin' has the password from HANDLINGAR_ADMIN_PASSWORD.");
            }
        } else if (!exists) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            accounts.save("admin", generated, EnumSet.of(Role.ADMIN));
            log.warn("""

                    ================================================================
                     Created user 'admin' with the generated password:
                         {}
                     It is shown only this once. Set HANDLINGAR_ADMIN_PASSWORD to
                     choose it yourself.
                    ================================================================""", generated);
        }
    }
}
