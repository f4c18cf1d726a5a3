package se.finsam.handlingar.access;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;

import se.finsam.handlingar.audit.AuditEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.handlingar.system.ProblemException;

/**
 * The users who may call the API, with hashed passwords and their roles.
 */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.events = events;
    }

    /** A user's password or roles changed: anything remembered about it must go. */
    public record UserChanged(String username) {
    }

    public record Account(String username, Set<Role> roles) {
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(parseRoles(rs.getString(3)).stream()
                                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, roles FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> new Account(rs.getString(1), parseRoles(rs.getString(2)))).optional();
    }

    public List<Account> list() {
        return jdbc.sql("SELECT username, roles FROM app_user ORDER BY username")
                .query((rs, n) -> new Account(rs.getString(1), parseRoles(rs.getString(2)))).list();
    }

    @Transactional
    public Account save(String username, String password, Set<Role> roles) {
        if (username == null || !username.matches("[a-z0-9._-]{2,64}")) {
            throw ProblemException.invalid("/username", "Användarnamnet ska vara 2–64 tecken: a–z, 0–9, punkt, bindestreck eller understreck.");
        }
        if (password == null || password.length() < 10) {
            throw ProblemException.invalid("/password", "Lösenordet ska ha minst 10 tecken.");
        }
        if (roles == null || roles.isEmpty()) {
            throw ProblemException.invalid("/roles", "Ange minst en roll: ADMIN, KANSLI, SEKRETERARE eller STYRELSE.");
        }
        String hash = encoder.encode(password);
        String roleList = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        int updated = jdbc.sql("UPDATE app_user SET password_hash = ?, roles = ? WHERE username = ?")
                .params(hash, roleList, username).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO app_user (username, password_hash, roles) VALUES (?, ?, ?)")
                    .params(username, hash, roleList).update();
        }
        events.publishEvent(new UserChanged(username));
        events.publishEvent(AuditEvent.of(updated == 0 ? "user.created" : "user.changed", "user", username,
                Map.of("roles", roleList)));
        return new Account(username, new TreeSet<>(roles));
    }

    boolean passwordMatches(String username, String password) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).optional()
                .map(hash -> encoder.matches(password, hash)).orElse(false);
    }

    private static Set<Role> parseRoles(String roles) {
        return Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
