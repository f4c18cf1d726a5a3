package se.finsam.handlingar.bookkeeping.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.handlingar.bookkeeping.SieFinding;

/**
 * The file's own consistency: the header the import needs, vouchers that balance, every account and object declared,
 * the opening balance in balance, and for each account {@code #UB} = {@code #IB} + transactions and {@code #RES} =
 * transactions when the file carries vouchers.
 */
final class SieChecks {

    private SieChecks() {
    }

    static void check(SieContent c, List<SieFinding> f) {
        header(c, f);
        LocalDateRange year = c.years.containsKey(0) ? new LocalDateRange(c.years.get(0)[0], c.years.get(0)[1]) : null;
        Map<String, Long> movement = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (SieContent.Voucher v : c.vouchers) {
            long sum = 0;
            for (SieContent.Transaction t : v.transactions()) {
                sum += t.ore();
                movement.merge(t.account(), t.ore(), Long::sum);
                firstLine.putIfAbsent(t.account(), t.line());
            }
            if (sum != 0) {
                f.add(SieFinding.error("sie.verifikation.obalans", v.line(), "Verifikation " + v.series() + " " + v.number()
                        + " balanserar inte: debet och kredit skiljer " + kr(sum) + "."));
            }
            if (year != null && v.date() != null && !year.contains(v.date())) {
                f.add(SieFinding.warning("sie.verifikation.datum", v.line(), "Verifikation " + v.series() + " " + v.number()
                        + " är daterad " + v.date() + ", utanför räkenskapsåret " + year + "."));
            }
        }
        c.accountUse.forEach((account, line) -> {
            if (!c.accountNames.containsKey(account)) {
                f.add(SieFinding.error("sie.konto.okant", line, "Konto " + account + " används men finns inte i kontoplanen (#KONTO)."));
            }
        });
        c.objectUse.forEach((key, line) -> {
            if (!c.objects.containsKey(key)) {
                String[] parts = key.split("/", 2);
                f.add(SieFinding.error("sie.objekt.okant", line, "Objekt " + parts[1] + " i dimension " + parts[0]
                        + " används men är inte deklarerat (#OBJEKT)."));
            }
        });
        var ib = c.of(c.opening, 0);
        var ub = c.of(c.closing, 0);
        var res = c.of(c.result, 0);
        long ibSum = ib.values().stream().mapToLong(SieContent.Amount::ore).sum();
        if (ibSum != 0) {
            f.add(SieFinding.error("sie.ib.obalans", ib.values().iterator().next().line(),
                    "De ingående balanserna balanserar inte: summan är " + kr(ibSum) + " men ska vara 0."));
        }
        long ubSum = ub.values().stream().mapToLong(SieContent.Amount::ore).sum()
                + res.values().stream().mapToLong(SieContent.Amount::ore).sum();
        if (!ub.isEmpty() && ubSum != 0) {
            f.add(SieFinding.error("sie.ub.obalans", ub.values().iterator().next().line(),
                    "Utgående balanser och årets resultat går inte ihop: summan av #UB och #RES är " + kr(ubSum) + " men ska vara 0."));
        }
        var previousClosing = c.of(c.closing, -1);
        var previousResult = c.of(c.result, -1);
        long previousSum = previousClosing.values().stream().mapToLong(SieContent.Amount::ore).sum()
                + previousResult.values().stream().mapToLong(SieContent.Amount::ore).sum();
        if (!previousClosing.isEmpty() && !previousResult.isEmpty() && previousSum != 0) {
            f.add(SieFinding.error("sie.ub.obalans", previousClosing.values().iterator().next().line(),
                    "Föregående års utgående balanser och resultat går inte ihop: summan av #UB -1 och #RES -1 är "
                    + kr(previousSum) + " men ska vara 0."));
        }
        for (var e : previousClosing.entrySet()) {
            if (!c.balanceAccount(e.getKey())) {
                continue;
            }
            long opening = ib.containsKey(e.getKey()) ? ib.get(e.getKey()).ore() : 0;
            if (opening != e.getValue().ore()) {
                f.add(SieFinding.error("sie.ib.foregaendeAr", ib.containsKey(e.getKey()) ? ib.get(e.getKey()).line()
                        : e.getValue().line(), "Konto " + e.getKey() + ": ingående balans " + kr(opening)
                        + " ska vara föregående års utgående balans " + kr(e.getValue().ore()) + "."));
            }
        }
        if (c.vouchers.isEmpty() || ub.isEmpty() && res.isEmpty()) {
            return;
        }
        java.util.Set<String> accounts = new java.util.TreeSet<>(movement.keySet());
        accounts.addAll(ib.keySet());
        accounts.addAll(ub.keySet());
        accounts.addAll(res.keySet());
        for (String account : accounts) {
            long moved = movement.getOrDefault(account, 0L);
            if (c.balanceAccount(account)) {
                long opening = ib.containsKey(account) ? ib.get(account).ore() : 0;
                long closing = ub.containsKey(account) ? ub.get(account).ore() : 0;
                if (opening + moved != closing) {
                    int line = ub.containsKey(account) ? ub.get(account).line()
                            : ib.containsKey(account) ? ib.get(account).line() : firstLine.get(account);
                    f.add(SieFinding.error("sie.ub", line, "Konto " + account + ": utgående balans " + kr(closing)
                            + " ska vara ingående balans " + kr(opening) + " + årets transaktioner " + kr(moved) + " = "
                            + kr(opening + moved) + "."));
                }
            } else {
                long stated = res.containsKey(account) ? res.get(account).ore() : 0;
                if (stated != moved) {
                    int line = res.containsKey(account) ? res.get(account).line() : firstLine.get(account);
                    f.add(SieFinding.error("sie.res", line, "Konto " + account + ": årets resultat " + kr(stated)
                            + " ska vara summan av årets transaktioner " + kr(moved) + "."));
                }
            }
        }
    }

    private static void header(SieContent c, List<SieFinding> f) {
        if (c.flag == null) {
            f.add(SieFinding.error("sie.flagga", 1, "Filen saknar #FLAGGA, som ska stå först i en SIE-fil."));
        }
        if (c.sieType == null) {
            f.add(SieFinding.error("sie.typ", 0, "Filen saknar #SIETYP."));
        } else if (c.sieType < 1 || c.sieType > 4) {
            f.add(SieFinding.error("sie.typ", 0, "SIE-typen ska vara 1–4, inte " + c.sieType + "."));
        }
        if (c.orgnr == null) {
            f.add(SieFinding.error("sie.orgnr", 0, "Filen saknar #ORGNR; förbundets organisationsnummer behövs för att lagra året."));
        }
        if (c.companyName == null) {
            f.add(SieFinding.error("sie.fnamn", 0, "Filen saknar #FNAMN."));
        }
        if (!c.years.containsKey(0)) {
            f.add(SieFinding.error("sie.rar", 0, "Filen saknar #RAR 0 (räkenskapsåret)."));
        }
        if (c.format != null && !c.format.equalsIgnoreCase("PC8")) {
            f.add(SieFinding.warning("sie.format", 0, "#FORMAT anger " + c.format + "; SIE 4 föreskriver PC8."));
        }
    }

    static String kr(long ore) {
        return new java.math.BigDecimal(ore).movePointLeft(2).toPlainString() + " kr";
    }

    record LocalDateRange(java.time.LocalDate from, java.time.LocalDate to) {
        boolean contains(java.time.LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }

        @Override
        public String toString() {
            return from + "–" + to;
        }
    }
}
