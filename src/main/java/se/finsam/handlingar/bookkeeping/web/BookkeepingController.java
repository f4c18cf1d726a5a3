package se.finsam.handlingar.bookkeeping.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.handlingar.bookkeeping.AccountMapping;
import se.finsam.handlingar.bookkeeping.Bookkeeping;
import se.finsam.handlingar.bookkeeping.BookkeepingYear;
import se.finsam.handlingar.system.ProblemException;

@RestController
class BookkeepingController {

    private final Bookkeeping bookkeeping;

    BookkeepingController(Bookkeeping bookkeeping) {
        this.bookkeeping = bookkeeping;
    }

    /** The SIE file as the body, as exported (any content type). */
    @PostMapping(path = "/api/bookkeeping/imports", consumes = MediaType.ALL_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    ResponseEntity<Bookkeeping.ImportOutcome> importSie(@RequestBody(required = false) byte[] file, Principal user) {
        Bookkeeping.ImportOutcome outcome = bookkeeping.importSie(file, user.getName());
        return ResponseEntity.status(outcome.replaced() ? HttpStatus.OK : HttpStatus.CREATED).body(outcome);
    }

    @GetMapping("/api/bookkeeping/years")
    List<BookkeepingYear.Summary> years() {
        return bookkeeping.years();
    }

    @GetMapping("/api/bookkeeping/years/{orgnr}/{year}")
    BookkeepingYear year(@PathVariable String orgnr, @PathVariable int year) {
        return bookkeeping.find(orgnr, year).orElseThrow(() -> ProblemException.notFound(
                "Bokföringen för " + orgnr + " år " + year + " är inte inläst."));
    }

    @DeleteMapping("/api/bookkeeping/years/{orgnr}/{year}")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    ResponseEntity<Void> delete(@PathVariable String orgnr, @PathVariable int year) {
        if (!bookkeeping.delete(orgnr, year)) {
            throw ProblemException.notFound("Bokföringen för " + orgnr + " år " + year + " är inte inläst.");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/bookkeeping/mappings/{orgnr}")
    AccountMapping mapping(@PathVariable String orgnr) {
        return bookkeeping.mapping(orgnr);
    }

    @PutMapping("/api/bookkeeping/mappings/{orgnr}")
    @PreAuthorize("hasAnyRole('ADMIN','KANSLI')")
    AccountMapping saveMapping(@PathVariable String orgnr, @RequestBody AccountMapping mapping, Principal user) {
        return bookkeeping.saveMapping(orgnr, mapping, user.getName());
    }
}
