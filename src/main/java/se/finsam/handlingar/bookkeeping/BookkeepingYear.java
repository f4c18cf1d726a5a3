package se.finsam.handlingar.bookkeeping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One imported räkenskapsår of one förbund, as the SIE file gave it. Amounts are öre (SIE signs: debit positive,
 * credit negative). {@code previous*} hold the file's own figures for the year before (årsnr −1), used when that year
 * is not stored itself.
 *
 * @param objectResults result per cost object and account: from the vouchers' transactions on the object when the
 *        file has vouchers, otherwise from {@code #PSALDO} with the object
 * @param objectBudgets {@code #PBUDGET} per object and account, summed over the year's periods
 */
public record BookkeepingYear(String orgnr, String companyName, int year, LocalDate start, LocalDate end,
        String program, int sieType, Instant importedAt, String importedBy, String sha256,
        Map<String, Account> accounts, Map<String, String> dimensions, Map<String, String> objects,
        Map<String, Long> opening, Map<String, Long> closing, Map<String, Long> result,
        Map<String, Long> previousOpening, Map<String, Long> previousClosing, Map<String, Long> previousResult,
        List<ObjectAmount> objectResults, List<ObjectAmount> objectBudgets, int vouchers, List<SieFinding> warnings) {

    /** An account of the chart: {@code type} T, S, K or I (#KTYP, else from the account class), {@code sru} may be null. */
    public record Account(String number, String name, String type, String sru) {

        public boolean balanceAccount() {
            return "T".equals(type) || "S".equals(type);
        }
    }

    /** An amount on one object of one dimension (e.g. dimension 1, kostnadsställe). */
    public record ObjectAmount(String dimension, String object, String account, long ore) {
    }

    /** The name of an object, or its code when the file gave no name. */
    public String objectName(String dimension, String object) {
        return objects.getOrDefault(dimension + "/" + object, object);
    }

    /** A summary for lists: who, which year, when imported. */
    public record Summary(String orgnr, String companyName, int year, LocalDate start, LocalDate end, String program,
            Instant importedAt, String importedBy, String sha256) {
    }

    public Summary summary() {
        return new Summary(orgnr, companyName, year, start, end, program, importedAt, importedBy, sha256);
    }
}
