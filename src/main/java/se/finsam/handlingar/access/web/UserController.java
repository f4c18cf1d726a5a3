package se.finsam.handlingar.access.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Skapar användaren (201 + Location) eller ändrar lösenord och roller (200)")
    @ApiResponse(responseCode = "200", description = "Användaren fanns och ändrades",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Account.class)))
    @ApiResponse(responseCode = "201", description = "Användaren skapades",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Account.class)))
    ResponseEntity<Account> save(@PathVariable String username, @RequestBody UserRequest request) {
        boolean exists = accounts.find(username).isPresent();
        Account saved = accounts.save(username, request.password(), request.roles());
        return exists ? ResponseEntity.ok(saved)
                : ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri()).body(saved);
    }
}
