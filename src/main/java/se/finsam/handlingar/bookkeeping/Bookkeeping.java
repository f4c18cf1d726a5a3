package se.finsam.handlingar.bookkeeping;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.bookkeeping.internal.SieReader;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports SIE files and keeps one räkenskapsår per förbund; serves the stored years and the account mapping. A file
 * with any ERROR finding stores nothing (422 with every finding and its line number); a file that agrees with itself
 * must also agree with the years stored beside it: its opening balances with the previous year's closing balances and
 * its closing balances with the next year's opening balances.
 */
@Service
public class Bookkeeping {

    static final String DEFAULT_MAPPING = "bookkeeping/kommunal-bas.json";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Bookkeeping(JdbcClient jdbc, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** What an import stored: the year, whether it replaced an earlier import, and the WARNINGs. */
    public record ImportOutcome(BookkeepingYear.Summary year, boolean replaced, int accounts, int vouchers,
            List<SieFinding> findings) {
    }

    @Transactional
    public ImportOutcome importSie(byte[] file, String user) {
        if (file == null || file.length == 0) {
            throw ProblemException.invalid("", "Skicka SIE-filen som anropets innehåll.");
        }
        SieReader.Result read = SieReader.read(file);
        List<SieFinding> findings = new ArrayList<>(read.findings());
        BookkeepingYear year = read.year();
        if (year != null) {
            neighbours(year, read, findings);
        }
        if (year == null || findings.stream().anyMatch(f -> f.severity() == SieFinding.Severity.ERROR)) {
            List<FieldProblem> problems = findings.stream().filter(f -> f.severity() == SieFinding.Severity.ERROR)
                    .map(f -> new FieldProblem("/rad/" + f.line(), "Rad " + f.line() + ": " + f.message())).toList();
            throw new ProblemException(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "SIE-filen kan inte läsas in",
                    "Filen har fel och har inte lagrats; inget av den är sparat.", problems, Map.of("findings", findings));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        BookkeepingYear stored = new BookkeepingYear(year.orgnr(), year.companyName(), year.year(), year.start(),
                year.end(), year.program(), year.sieType(), now, user, sha256(file), year.accounts(), year.dimensions(),
                year.objects(), year.opening(), year.closing(), year.result(), year.previousOpening(),
                year.previousClosing(), year.previousResult(), year.objectResults(), year.objectBudgets(),
                year.vouchers(), List.copyOf(findings));
        boolean replaced = jdbc.sql("DELETE FROM bookkeeping_year WHERE orgnr = ? AND fiscal_year = ?")
                .params(stored.orgnr(), stored.year()).update() > 0;
        jdbc.sql("INSERT INTO bookkeeping_year (orgnr, fiscal_year, company_name, data, source, sha256, imported_at, imported_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(stored.orgnr(), stored.year(), stored.companyName(), json.writeValueAsString(stored), file,
                        stored.sha256(), Timestamp.from(now), user).update();
        events.publishEvent(AuditEvent.of("bookkeeping.imported", "bookkeepingYear", stored.orgnr() + "/" + stored.year(),
                Map.of("sha256", stored.sha256(), "replaced", replaced, "program", String.valueOf(stored.program()),
                        "accounts", stored.accounts().size(), "vouchers", stored.vouchers(), "warnings", findings.size())));
        return new ImportOutcome(stored.summary(), replaced, stored.accounts().size(), stored.vouchers(), List.copyOf(findings));
    }

    /** Opening balances against the stored previous year's closing, closing against the stored next year's opening. */
    private void neighbours(BookkeepingYear year, SieReader.Result read, List<SieFinding> findings) {
        year(year.orgnr(), year.year() - 1).ifPresent(previous -> compare(year, previous.closing(), year.opening(),
                read.openingLines(), "sie.ib.lagratAr", "ingående balans", "det lagrade årets " + previous.year()
                + " utgående balans", findings));
        year(year.orgnr(), year.year() + 1).ifPresent(next -> compare(year, next.opening(), year.closing(),
                read.closingLines(), "sie.ub.lagratAr", "utgående balans", "det lagrade årets " + next.year()
                + " ingående balans", findings));
    }

    private static void compare(BookkeepingYear year, Map<String, Long> stored, Map<String, Long> file,
            Map<String, Integer> lines, String code, String what, String against, List<SieFinding> findings) {
        TreeSet<String> accounts = new TreeSet<>(stored.keySet());
        accounts.addAll(file.keySet());
        for (String account : accounts) {
            BookkeepingYear.Account a = year.accounts().get(account);
            if (a != null && !a.balanceAccount() || a == null && account.charAt(0) > '2') {
                continue;
            }
            long expected = stored.getOrDefault(account, 0L);
            long actual = file.getOrDefault(account, 0L);
            if (expected != actual) {
                findings.add(SieFinding.error(code, lines.getOrDefault(account, 0), "Konto " + account + ": " + what + " "
                        + kr(actual) + " skiljer sig från " + against + " " + kr(expected) + ". Rätta det ena året, "
                        + "eller ta bort det lagrade året och läs in båda igen."));
            }
        }
    }

    public List<BookkeepingYear.Summary> years() {
        return jdbc.sql("SELECT data FROM bookkeeping_year ORDER BY orgnr, fiscal_year").query(String.class).list()
                .stream().map(s -> json.readValue(s, BookkeepingYear.class).summary()).toList();
    }

    public Optional<BookkeepingYear> year(String orgnr, int year) {
        return jdbc.sql("SELECT data FROM bookkeeping_year WHERE orgnr = ? AND fiscal_year = ?").params(orgnr, year)
                .query(String.class).optional().map(s -> json.readValue(s, BookkeepingYear.class));
    }

    /**
     * The year of the förbund with this organisationsnummer; with {@code orgnr} null, the year when exactly one förbund
     * has it stored.
     */
    public Optional<BookkeepingYear> find(String orgnr, int year) {
        if (orgnr != null && !orgnr.isBlank()) {
            return year(normalise(orgnr), year);
        }
        List<String> owners = jdbc.sql("SELECT orgnr FROM bookkeeping_year WHERE fiscal_year = ?").param(year)
                .query(String.class).list();
        return owners.size() == 1 ? year(owners.get(0), year) : Optional.empty();
    }

    @Transactional
    public boolean delete(String orgnr, int year) {
        boolean deleted = jdbc.sql("DELETE FROM bookkeeping_year WHERE orgnr = ? AND fiscal_year = ?")
                .params(normalise(orgnr), year).update() > 0;
        if (deleted) {
            events.publishEvent(AuditEvent.of("bookkeeping.deleted", "bookkeepingYear", normalise(orgnr) + "/" + year, Map.of()));
        }
        return deleted;
    }

    /** The förbund's latest mapping, or the default for the kommunal BAS chart (version 0). */
    public AccountMapping mapping(String orgnr) {
        return jdbc.sql("SELECT data FROM bookkeeping_mapping WHERE orgnr = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .param(normalise(orgnr)).query(String.class).optional()
                .map(s -> json.readValue(s, AccountMapping.class))
                .orElseGet(() -> defaultMapping().withVersion(normalise(orgnr), 0, null, null));
    }

    public AccountMapping defaultMapping() {
        try (InputStream in = new ClassPathResource(DEFAULT_MAPPING).getInputStream()) {
            return json.readValue(in, AccountMapping.class);
        } catch (IOException e) {
            throw new IllegalStateException("Standardmappningen saknas: " + DEFAULT_MAPPING, e);
        }
    }

    @Transactional
    public AccountMapping saveMapping(String orgnr, AccountMapping mapping, String user) {
        List<FieldProblem> problems = MappingRules.problems(mapping);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Kontomappningen kan inte sparas.", problems);
        }
        String key = normalise(orgnr);
        Integer last = jdbc.sql("SELECT MAX(version) FROM bookkeeping_mapping WHERE orgnr = ?").param(key)
                .query(Integer.class).optional().orElse(null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AccountMapping saved = mapping.withVersion(key, last == null ? 1 : last + 1, now, user);
        jdbc.sql("INSERT INTO bookkeeping_mapping (orgnr, version, data, created_at, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(key, saved.version(), json.writeValueAsString(saved), Timestamp.from(now), user).update();
        events.publishEvent(AuditEvent.of("bookkeeping.mapping", "accountMapping", key,
                Map.of("version", saved.version(), "rules", saved.rules().size())));
        return saved;
    }

    /** An organisationsnummer as stored: 10 digits as {@code NNNNNN-NNNN}, anything else stripped. */
    public static String normaliseOrgnr(String orgnr) {
        return normalise(orgnr);
    }

    static String normalise(String orgnr) {
        String digits = orgnr.replaceAll("[^0-9]", "");
        return digits.length() == 10 ? digits.substring(0, 6) + "-" + digits.substring(6) : orgnr.strip();
    }

    private static String kr(long ore) {
        return new java.math.BigDecimal(ore).movePointLeft(2).toPlainString() + " kr";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
