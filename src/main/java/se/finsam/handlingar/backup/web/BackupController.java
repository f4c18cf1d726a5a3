package se.finsam.handlingar.backup.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.handlingar.backup.BackupService;

/** {@code POST /api/backup}: an online backup of the embedded database (ADMIN; docs/operations.md). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class BackupController {

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/api/backup")
    @ResponseStatus(HttpStatus.CREATED)
    BackupService.Backup backup() {
        return backups.backup();
    }
}
