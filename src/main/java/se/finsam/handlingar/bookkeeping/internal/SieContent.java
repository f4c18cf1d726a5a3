package se.finsam.handlingar.bookkeeping.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.finsam.handlingar.bookkeeping.BookkeepingYear;

/** What a parsed SIE file says, with the line each fact came from (for findings). Mutable while reading. */
final class SieContent {

    /** A voucher with its transactions; amounts in öre. */
    record Voucher(int line, String series, String number, LocalDate date, List<Transaction> transactions) {
    }

    record Transaction(int line, String account, List<String> objects, long ore) {
    }

    /** An amount with the line it was read on. */
    record Amount(int line, long ore) {
    }

    String flag;
    int flagLine;
    Integer sieType;
    String program;
    String orgnr;
    String companyName;
    String format;
    final Map<Integer, LocalDate[]> years = new TreeMap<>();
    final Map<String, String> accountNames = new TreeMap<>();
    final Map<String, String> accountTypes = new TreeMap<>();
    final Map<String, String> sru = new TreeMap<>();
    final Map<String, String> dimensions = new TreeMap<>();
    final Map<String, String> objects = new TreeMap<>();
    /** Per årsnr (0, −1): account → amount. */
    final Map<Integer, Map<String, Amount>> opening = new TreeMap<>();
    final Map<Integer, Map<String, Amount>> closing = new TreeMap<>();
    final Map<Integer, Map<String, Amount>> result = new TreeMap<>();
    final List<BookkeepingYear.ObjectAmount> periodObjectResults = new ArrayList<>();
    final Map<String, Long> periodBudgets = new LinkedHashMap<>();
    final List<Voucher> vouchers = new ArrayList<>();
    /** First line where each account was used, for unknown-account findings. */
    final Map<String, Integer> accountUse = new LinkedHashMap<>();
    final Map<String, Integer> objectUse = new LinkedHashMap<>();

    Map<String, Amount> of(Map<Integer, Map<String, Amount>> byYear, int year) {
        return byYear.computeIfAbsent(year, k -> new TreeMap<>());
    }

    void used(String account, int line) {
        accountUse.putIfAbsent(account, line);
    }

    void usedObjects(List<String> list, int line) {
        for (int i = 0; i + 1 < list.size(); i += 2) {
            objectUse.putIfAbsent(list.get(i) + "/" + list.get(i + 1), line);
        }
    }

    String type(String account) {
        String t = accountTypes.get(account);
        if (t != null) {
            return t;
        }
        return switch (account.charAt(0)) {
            case '1' -> "T";
            case '2' -> "S";
            case '3' -> "I";
            default -> "K";
        };
    }

    boolean balanceAccount(String account) {
        String t = type(account);
        return t.equals("T") || t.equals("S");
    }
}
