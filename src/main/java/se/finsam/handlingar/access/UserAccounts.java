package se.finsam.handlingar.access;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;

/**
 * The users who may call the API, with hashed passwords, their roles and whether they are disabled. At least one
 * enabled ADMIN always remains.
 */
@Service
public class UserAccounts implements UserDetailsService {

    /** bcrypt reads at most 72 bytes; a longer password would be cut silently (or refused by the encoder). */
    static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.events = events;
    }

    /** A user's password, roles or state changed, or the user was deleted: anything remembered about it must go. */
    public record UserChanged(String username) {
    }

    public record Account(String username, Set<Role> roles, boolean disabled) {
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles, disabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(parseRoles(rs.getString(3)).stream()
                                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                        .disabled(rs.getBoolean(4))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, roles, disabled FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> new Account(rs.getString(1), parseRoles(rs.getString(2)), rs.getBoolean(3)))
                .optional();
    }

    public List<Account> list() {
        return jdbc.sql("SELECT username, roles, disabled FROM app_user ORDER BY username")
                .query((rs, n) -> new Account(rs.getString(1), parseRoles(rs.getString(2)), rs.getBoolean(3))).list();
    }

    /** Creates a user or sets its password and roles; it stays enabled or disabled as it was (new users: enabled). */
    @Transactional
    public Account save(String username, String password, Set<Role> roles) {
        return save(username, password, roles, null);
    }

    /**
     * Creates or changes a user. For an existing user {@code password}, {@code roles} and {@code disabled} may be null
     * (kept as they are); a new user needs a password and roles and starts enabled unless {@code disabled} says so.
     */
    @Transactional
    public Account save(String username, String password, Set<Role> roles, Boolean disabled) {
        validUsername(username);
        Optional<Stored> before = stored(username);
        if (before.isEmpty() && password == null) {
            throw ProblemException.invalid("/password", "Ange ett lösenord för en ny användare.");
        }
        if (password != null) {
            validPassword(password);
        }
        if (roles != null && (roles.isEmpty() || roles.contains(null))) {
            throw ProblemException.invalid("/roles", "Ange minst en roll: ADMIN, KANSLI, SEKRETERARE eller STYRELSE.");
        }
        if (before.isEmpty() && roles == null) {
            throw ProblemException.invalid("/roles", "Ange minst en roll: ADMIN, KANSLI, SEKRETERARE eller STYRELSE.");
        }
        Set<Role> newRoles = roles != null ? new TreeSet<>(roles) : before.get().roles();
        boolean newDisabled = disabled != null ? disabled : before.map(Stored::disabled).orElse(false);
        if (before.isPresent() && before.get().activeAdmin() && !(newRoles.contains(Role.ADMIN) && !newDisabled)) {
            keepAnotherAdmin(username, "/" + (newDisabled ? "disabled" : "roles"));
        }
        String hash = password != null ? encoder.encode(password) : before.get().hash();
        String roleList = newRoles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        if (before.isPresent()) {
            jdbc.sql("UPDATE app_user SET password_hash = ?, roles = ?, disabled = ? WHERE username = ?")
                    .params(hash, roleList, newDisabled, username).update();
        } else {
            jdbc.sql("INSERT INTO app_user (username, password_hash, roles, disabled) VALUES (?, ?, ?, ?)")
                    .params(username, hash, roleList, newDisabled).update();
        }
        events.publishEvent(new UserChanged(username));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("roles", roleList);
        details.put("disabled", newDisabled);
        details.put("passwordChanged", password != null);
        events.publishEvent(AuditEvent.of(before.isEmpty() ? "user.created" : "user.changed", "user", username, details));
        return new Account(username, newRoles, newDisabled);
    }

    /** Deletes a user; the audit trail keeps its name. The last enabled ADMIN cannot be deleted. */
    @Transactional
    public void delete(String username) {
        Stored before = stored(username)
                .orElseThrow(() -> ProblemException.notFound("Användaren " + username + " finns inte."));
        if (before.activeAdmin()) {
            keepAnotherAdmin(username, "");
        }
        jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update();
        events.publishEvent(new UserChanged(username));
        events.publishEvent(AuditEvent.of("user.deleted", "user", username, Map.of()));
    }

    boolean passwordMatches(String username, String password) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).optional()
                .map(hash -> encoder.matches(password, hash)).orElse(false);
    }

    /**
     * What a remembered login depends on (hash, roles, state), read fresh: when it differs from the value seen at
     * login, the login is checked again. Empty when the user no longer exists.
     */
    Optional<String> credentialStamp(String username) {
        return stored(username).map(Stored::stamp);
    }

    static String stamp(UserDetails user) {
        return user.getPassword() + "|" + user.getAuthorities().stream().map(a -> a.getAuthority()).sorted()
                .collect(Collectors.joining(",")) + "|" + !user.isEnabled();
    }

    private record Stored(String hash, Set<Role> roles, boolean disabled) {
        boolean activeAdmin() {
            return roles.contains(Role.ADMIN) && !disabled;
        }

        String stamp() {
            return hash + "|" + roles.stream().map(r -> "ROLE_" + r.name()).sorted().collect(Collectors.joining(","))
                    + "|" + disabled;
        }
    }

    private Optional<Stored> stored(String username) {
        return jdbc.sql("SELECT password_hash, roles, disabled FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> new Stored(rs.getString(1), parseRoles(rs.getString(2)), rs.getBoolean(3)))
                .optional();
    }

    /** Locks the other enabled admins' rows, so two admins cannot take each other's role at the same moment. */
    private void keepAnotherAdmin(String username, String pointer) {
        long others = jdbc.sql("SELECT username, roles FROM app_user WHERE disabled = FALSE AND username <> ? FOR UPDATE")
                .param(username)
                .query((rs, n) -> parseRoles(rs.getString(2)).contains(Role.ADMIN)).list().stream()
                .filter(Boolean::booleanValue).count();
        if (others == 0) {
            throw new ProblemException(HttpStatus.CONFLICT, "Konflikt",
                    "Användaren " + username + " är den enda aktiva administratören; skapa eller aktivera en annan "
                            + "ADMIN först.",
                    List.of(new FieldProblem(pointer,
                            "Minst en aktiv ADMIN måste finnas kvar.")));
        }
    }

    private static void validUsername(String username) {
        if (username == null || !username.matches("[a-z0-9._-]{2,64}")) {
            throw ProblemException.invalid("/username",
                    "Användarnamnet ska vara 2–64 tecken: a–z, 0–9, punkt, bindestreck eller understreck.");
        }
    }

    private static void validPassword(String password) {
        if (password.codePointCount(0, password.length()) < 10) {
            throw ProblemException.invalid("/password", "Lösenordet ska ha minst 10 tecken.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw ProblemException.invalid("/password",
                    "Lösenordet får vara högst " + MAX_PASSWORD_BYTES + " byte i UTF-8 (72 tecken a–z).");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid("/password", "Lösenordet får inte innehålla styrtecken.");
        }
    }

    private static Set<Role> parseRoles(String roles) {
        return Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
