package se.finsam.handlingar.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Swedish typography for numbers, amounts, percentages, dates and times, in one place.
 * Thousands are grouped with a no-break space ({@code 11 480}), negatives use the minus sign
 * ({@code −1 150}), percent is {@code 83,4 %}, dates {@code 22 mars 2024} or {@code 2023-11-30}.
 */
public final class SwedishFormat {

    public static final char NBSP = '\u00A0';
    public static final char MINUS = '\u2212';
    public static final Locale SWEDISH = new Locale("sv", "SE");

    private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december"};

    private SwedishFormat() {
    }

    /** A whole amount: {@code 11 480}, {@code −1 150}, {@code 0}. Rounds half away from zero. */
    public static String amount(BigDecimal value) {
        return number(value, 0);
    }

    public static String amount(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }

    /** A number with a fixed count of decimals and a decimal comma: {@code 1 234,5}. */
    public static String number(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        boolean negative = rounded.signum() < 0;
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        if (negative) {
            out.append(MINUS);
        }
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append(NBSP).append(whole, i, i + 3);
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return out.toString();
    }

    /** A percentage already in percent units: {@code percent(83.44, 1)} gives {@code 83,4 %}. */
    public static String percent(BigDecimal value, int decimals) {
        return number(value, decimals) + NBSP + "%";
    }

    /** {@code 22 mars 2024}. */
    public static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** {@code 2023-11-30}. */
    public static String isoDate(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** {@code 08.30}, as Swedish documents write the clock. */
    public static String time(LocalTime time) {
        return String.format("%02d.%02d", time.getHour(), time.getMinute());
    }

    /** {@code 10.00–12.00} with an en dash. */
    public static String timeSpan(LocalTime start, LocalTime end) {
        return time(start) + "\u2013" + time(end);
    }
}
