package se.finsam.handlingar.access.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.handlingar.access.Role;
import se.finsam.handlingar.access.UserAccounts;
import se.finsam.handlingar.access.UserAccounts.Account;
import se.finsam.handlingar.system.ProblemException;

@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * @param password needed for a new user; for an existing one, null keeps it
     * @param roles needed for a new user; for an existing one, null keeps them
     * @param disabled true: the user can no longer log in (kept in the register and the audit trail); null keeps it
     */
    record UserRequest(String password, Set<Role> roles, Boolean disabled) {
    }

    @GetMapping
    List<Account> list() {
        return accounts.list();
    }

    @GetMapping("/{username}")
    Account get(@PathVariable String username) {
        return accounts.find(username)
                .orElseThrow(() -> ProblemException.notFound("Användaren " + username + " finns inte."));
    }

    @PutMapping("/{username}")
    @ResponseStatus(HttpStatus.OK)
    Account save(@PathVariable String username, @RequestBody UserRequest request) {
        return accounts.save(username, request.password(), request.roles(), request.disabled());
    }

    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String username) {
        accounts.delete(username);
    }
}
