package se.finsam.handlingar.bookkeeping.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.finsam.handlingar.bookkeeping.BookkeepingYear;
import se.finsam.handlingar.bookkeeping.SieFinding;

/** Turns read SIE content into the stored year (without who imported it and when). */
final class SieYears {

    private SieYears() {
    }

    static BookkeepingYear build(SieContent c, List<SieFinding> findings) {
        if (c.orgnr == null || !c.years.containsKey(0)) {
            return null;
        }
        Map<String, BookkeepingYear.Account> accounts = new TreeMap<>();
        c.accountNames.forEach((n, name) -> accounts.put(n, new BookkeepingYear.Account(n, name, c.type(n), c.sru.get(n))));
        var start = c.years.get(0)[0];
        var end = c.years.get(0)[1];
        List<BookkeepingYear.ObjectAmount> objectResults = c.vouchers.isEmpty() ? aggregate(c.periodObjectResults)
                : fromTransactions(c);
        List<BookkeepingYear.ObjectAmount> budgets = new ArrayList<>();
        c.periodBudgets.forEach((key, ore) -> {
            String[] k = key.split("\\|", 3);
            budgets.add(new BookkeepingYear.ObjectAmount(k[0], k[1], k[2], ore));
        });
        List<SieFinding> warnings = findings.stream().filter(f -> f.severity() == SieFinding.Severity.WARNING).toList();
        return new BookkeepingYear(normaliseOrgnr(c.orgnr), c.companyName == null ? "" : c.companyName, end.getYear(),
                start, end, c.program, c.sieType == null ? 0 : c.sieType, null, null, null, accounts,
                new TreeMap<>(c.dimensions), new TreeMap<>(c.objects), amounts(c.of(c.opening, 0)),
                amounts(c.of(c.closing, 0)), amounts(c.of(c.result, 0)), amounts(c.of(c.opening, -1)),
                amounts(c.of(c.closing, -1)), amounts(c.of(c.result, -1)), objectResults, budgets, c.vouchers.size(),
                warnings);
    }

    /** 2220001234 and 222000-1234 are the same förbund. */
    static String normaliseOrgnr(String orgnr) {
        String digits = orgnr.replaceAll("[^0-9]", "");
        return digits.length() == 10 ? digits.substring(0, 6) + "-" + digits.substring(6) : orgnr.strip();
    }

    private static Map<String, Long> amounts(Map<String, SieContent.Amount> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.ore()));
        return out;
    }

    private static List<BookkeepingYear.ObjectAmount> fromTransactions(SieContent c) {
        List<BookkeepingYear.ObjectAmount> list = new ArrayList<>();
        for (SieContent.Voucher v : c.vouchers) {
            for (SieContent.Transaction t : v.transactions()) {
                if (c.balanceAccount(t.account())) {
                    continue;
                }
                for (int i = 0; i + 1 < t.objects().size(); i += 2) {
                    list.add(new BookkeepingYear.ObjectAmount(t.objects().get(i), t.objects().get(i + 1), t.account(), t.ore()));
                }
            }
        }
        return aggregate(list);
    }

    private static List<BookkeepingYear.ObjectAmount> aggregate(List<BookkeepingYear.ObjectAmount> list) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (var a : list) {
            sums.merge(a.dimension() + "|" + a.object() + "|" + a.account(), a.ore(), Long::sum);
        }
        List<BookkeepingYear.ObjectAmount> out = new ArrayList<>();
        sums.forEach((key, ore) -> {
            String[] k = key.split("\\|", 3);
            out.add(new BookkeepingYear.ObjectAmount(k[0], k[1], k[2], ore));
        });
        return out;
    }
}
