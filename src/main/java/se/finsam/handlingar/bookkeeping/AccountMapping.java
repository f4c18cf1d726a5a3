package se.finsam.handlingar.bookkeeping;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which report line each account belongs to, per förbund and version. A rule matches an account by its SRU code or
 * by a range of account numbers compared on their leading digits (so 3000–3999 also takes the sub-account 35110); SRU
 * rules win, then the narrowest range.
 *
 * @param costDimension the SIE dimension whose objects are the verksamheter/insatser of the driftsredovisning
 *        ("1", kostnadsställe, by default)
 */
public record AccountMapping(String orgnr, Integer version, String name, String costDimension, List<Rule> rules,
        Instant createdAt, String createdBy) {

    /** The lines a rule may name: the resultaträkning's, {@code resultatdisposition} and the balansräkning's. */
    public static final List<String> LINES = List.of("intakter", "kostnader", "avskrivningar", "finansiellaIntakter",
            "finansiellaKostnader", "extraordinaraPoster", "resultatdisposition", "anlaggningstillgangar", "fordringar",
            "kassaOchBank", "egetKapital", "avsattningar", "langfristigaSkulder", "kortfristigaSkulder");

    /**
     * @param noteRow the note row text for the accounts of this rule together; without it each account is a row of its
     *        own, named as in the chart of accounts
     * @param memberContribution the members' allocation (medlemsbidrag), the basis of the trappan
     * @param balanceRequirement what the balanskravsutredning takes from these accounts: {@code realisationsvinst}
     *        (the year's realisationsvinster, deducted from the result) or {@code resultatutjamningsreserv} (equity
     *        accounts whose change during the year is the reservation to, or use of, the reserve); null: nothing
     */
    public record Rule(String from, String to, String sru, String line, String noteRow, Boolean memberContribution,
            String balanceRequirement) {

        public static final String GAINS = "realisationsvinst";
        public static final String RESERVE = "resultatutjamningsreserv";

        boolean matches(BookkeepingYear.Account account) {
            if (sru != null && !sru.isBlank()) {
                return sru.equals(account.sru());
            }
            return inRange(account.number(), from, to);
        }

        long width() {
            if (sru != null && !sru.isBlank()) {
                return -1;
            }
            return Long.parseLong(to) - Long.parseLong(from);
        }
    }

    public Optional<Rule> ruleFor(BookkeepingYear.Account account) {
        return rules.stream().filter(r -> r.matches(account)).min(Comparator.comparingLong(Rule::width));
    }

    static boolean inRange(String account, String from, String to) {
        if (from == null || to == null || account.length() < from.length()) {
            return false;
        }
        long head = Long.parseLong(account.substring(0, from.length()));
        return head >= Long.parseLong(from) && head <= Long.parseLong(to);
    }

    public AccountMapping withVersion(String orgnr, int version, Instant at, String by) {
        return new AccountMapping(orgnr, version, name, costDimension == null ? "1" : costDimension, rules, at, by);
    }
}
