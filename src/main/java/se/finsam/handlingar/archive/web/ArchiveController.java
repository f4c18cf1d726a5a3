package se.finsam.handlingar.archive.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.handlingar.archive.ArchivePackage;
import se.finsam.handlingar.archive.ArchivePackages;

/**
 * E-ARK SIPs for e-arkiv, as ZIP downloads. The ETag is the ZIP's SHA-256: the same content gives the same bytes.
 */
@RestController
class ArchiveController {

    private final ArchivePackages packages;

    ArchiveController(ArchivePackages packages) {
        this.packages = packages;
    }

    @GetMapping("/api/meetings/{id}/archive-package")
    ResponseEntity<byte[]> meeting(@PathVariable UUID id) {
        return zip(packages.meeting(id));
    }

    /** Every justerat meeting of one organ in one calendar year. */
    @GetMapping("/api/meetings/archive-package")
    ResponseEntity<byte[]> organYear(@RequestParam String organ, @RequestParam int year) {
        return zip(packages.organYear(organ, year));
    }

    private static ResponseEntity<byte[]> zip(ArchivePackage p) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(p.name() + ".zip").build().toString())
                .eTag("\"" + p.sha256() + "\"")
                .header("X-Handlingar-Sha256", p.sha256())
                .body(p.zip());
    }
}
