package se.finsam.handlingar.access.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Skapar användaren (201 + Location) eller ändrar lösenord, roller eller spärr (200)")
    @ApiResponse(responseCode = "200", description = "Användaren fanns och ändrades",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Account.class)))
    @ApiResponse(responseCode = "201", description = "Användaren skapades",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Account.class)))
    ResponseEntity<Account> save(@PathVariable String username, @RequestBody UserRequest request) {
        boolean exists = accounts.find(username).isPresent();
        Account saved = accounts.save(username, request.password(), request.roles(), request.disabled());
        return exists ? ResponseEntity.ok(saved)
                : ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri()).body(saved);
    }

    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Tar bort användaren (204); den sista aktiva ADMIN kan inte tas bort (409)")
    void delete(@PathVariable String username) {
        accounts.delete(username);
    }
}
