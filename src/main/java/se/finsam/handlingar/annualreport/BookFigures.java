package se.finsam.handlingar.annualreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.finsam.handlingar.bookkeeping.AccountMapping;
import se.finsam.handlingar.bookkeeping.BookkeepingYear;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;

/**
 * One year's resultaträkning and balansräkning from account balances and the förbund's mapping, in whole kronor with
 * the report's signs (intäkter and skulder positive, kostnader negative). Eget kapital is the equity accounts' closing
 * balance plus a result not yet booked to them: årets resultat is what the result accounts say, and the
 * resultatdisposition accounts (8999 in the kommunal BAS) tell how much of it is already in the equity accounts.
 */
final class BookFigures {

    static final List<String> INCOME = List.of("intakter", "kostnader", "avskrivningar", "finansiellaIntakter",
            "finansiellaKostnader", "extraordinaraPoster");
    static final List<String> ASSETS = List.of("anlaggningstillgangar", "fordringar", "kassaOchBank");
    static final List<String> CLAIMS = List.of("avsattningar", "langfristigaSkulder", "kortfristigaSkulder");

    /**
     * @param accounts per account: the note line it belongs to, its name, its amount (kronor, report sign) and rule
     */
    record Year(int year, LocalDate end, Map<String, Long> income, Map<String, Long> balance,
            Map<String, AccountFigure> accounts) {

        long aretsResultat() {
            return income.get("aretsResultat");
        }
    }

    record AccountFigure(String account, String name, String line, long kronor, AccountMapping.Rule rule) {
    }

    private BookFigures() {
    }

    static Year of(int year, LocalDate end, Map<String, Long> closing, Map<String, Long> result,
            Map<String, BookkeepingYear.Account> chart, AccountMapping mapping, String source, List<Finding> findings) {
        Map<String, Long> lines = new LinkedHashMap<>();
        Map<String, AccountFigure> accounts = new TreeMap<>();
        long disposition = 0;
        Map<String, Long> all = new TreeMap<>(closing);
        result.forEach((k, v) -> all.merge(k, v, Long::sum));
        for (var e : all.entrySet()) {
            long ore = e.getValue();
            if (ore == 0) {
                continue;
            }
            BookkeepingYear.Account account = chart.getOrDefault(e.getKey(),
                    new BookkeepingYear.Account(e.getKey(), e.getKey(), e.getKey().charAt(0) <= '2' ? "T" : "K", null));
            var rule = mapping.ruleFor(account);
            if (rule.isEmpty()) {
                findings.add(new Finding(Severity.ERROR, "bokforing.omappatKonto", "/noter", "Konto " + account.number()
                        + " " + account.name() + " (" + source + ") har saldot " + kronor(ore) + " kr men hör inte till "
                        + "någon rad i årsredovisningen enligt kontomappningen; lägg till det i mappningen.",
                        BigDecimal.ZERO, kr(ore)));
                continue;
            }
            String line = rule.get().line();
            if (line.equals("resultatdisposition")) {
                disposition += ore;
                continue;
            }
            long reportSign = ASSETS.contains(line) ? ore : -ore;
            lines.merge(line, reportSign, Long::sum);
            accounts.put(account.number(), new AccountFigure(account.number(), account.name(), line,
                    kronor(reportSign), rule.get()));
        }
        Map<String, Long> income = new LinkedHashMap<>();
        long sum = 0;
        for (String line : INCOME) {
            long kr = kronor(lines.getOrDefault(line, 0L));
            income.put(line, kr);
            sum += kr;
        }
        income.put("aretsResultat", sum);
        Map<String, Long> balance = new LinkedHashMap<>();
        for (String line : ASSETS) {
            balance.put(line, kronor(lines.getOrDefault(line, 0L)));
        }
        long equityAccounts = lines.getOrDefault("egetKapital", 0L);
        balance.put("aretsResultat", sum);
        balance.put("ovrigtEgetKapital", kronor(equityAccounts - disposition));
        for (String line : CLAIMS) {
            balance.put(line, kronor(lines.getOrDefault(line, 0L)));
        }
        return new Year(year, end, income, balance, accounts);
    }

    /** A balance sheet at a date from closing balances alone (the opening of the comparison year, for its kassaflöde). */
    static Map<String, Long> balanceOnly(Map<String, Long> balances, Map<String, BookkeepingYear.Account> chart,
            AccountMapping mapping) {
        Map<String, Long> lines = new LinkedHashMap<>();
        for (var e : balances.entrySet()) {
            BookkeepingYear.Account account = chart.getOrDefault(e.getKey(),
                    new BookkeepingYear.Account(e.getKey(), e.getKey(), "T", null));
            mapping.ruleFor(account).ifPresent(rule -> lines.merge(rule.line(),
                    ASSETS.contains(rule.line()) ? e.getValue() : -e.getValue(), Long::sum));
        }
        Map<String, Long> balance = new LinkedHashMap<>();
        for (String line : ASSETS) {
            balance.put(line, kronor(lines.getOrDefault(line, 0L)));
        }
        balance.put("aretsResultat", 0L);
        balance.put("ovrigtEgetKapital", kronor(lines.getOrDefault("egetKapital", 0L)));
        for (String line : CLAIMS) {
            balance.put(line, kronor(lines.getOrDefault(line, 0L)));
        }
        return balance;
    }

    /**
     * The balanskravsutredning's adjustments from the books, in kronor: the realisationsvinster (accounts whose rule
     * says {@code realisationsvinst}, report sign) and the reservation to the resultatutjämningsreserv (the change from
     * {@code #IB} to {@code #UB} of the accounts whose rule says {@code resultatutjamningsreserv}; negative: the
     * reserve was used).
     */
    static BalanceAdjustments balanceAdjustments(Year now, BookkeepingYear books, AccountMapping mapping) {
        long gains = now.accounts().values().stream()
                .filter(a -> AccountMapping.Rule.GAINS.equals(a.rule().balanceRequirement())).mapToLong(AccountFigure::kronor)
                .sum();
        long reserveOre = 0;
        for (BookkeepingYear.Account account : books.accounts().values()) {
            var rule = mapping.ruleFor(account);
            if (rule.isPresent() && AccountMapping.Rule.RESERVE.equals(rule.get().balanceRequirement())) {
                reserveOre -= books.closing().getOrDefault(account.number(), 0L)
                        - books.opening().getOrDefault(account.number(), 0L);
            }
        }
        return new BalanceAdjustments(gains, kronor(reserveOre));
    }

    record BalanceAdjustments(long realisationsvinster, long resultatutjamningsreserv) {
    }

    static long kronor(long ore) {
        return BigDecimal.valueOf(ore).movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal kr(long ore) {
        return BigDecimal.valueOf(ore).movePointLeft(2);
    }
}
