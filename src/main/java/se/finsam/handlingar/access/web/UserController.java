package se.finsam.handlingar.access.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record UserRequest(String password, Set<Role> roles) {
    }

    @GetMapping
    List<Account> list() {
        return accounts.list();
    }

    @PutMapping("/{username}")
    @ResponseStatus(HttpStatus.OK)
    Account save(@PathVariable String username, @RequestBody UserRequest request) {
        return accounts.save(username, request.password(), request.roles());
    }
}
