package se.finsam.handlingar.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The appeal period of a justerat protokoll: a laglighetsprövning must reach the court within three weeks from the
 * day the anslag about the justering was put up (KL 13 kap. 5 §). When the last day falls on a Saturday, Sunday,
 * public holiday, midsommarafton, julafton or nyårsafton, it moves to the next weekday (lag (1930:173) om beräkning
 * av lagstadgad tid, 2 §).
 */
public final class AppealPeriod {

    public static final int WEEKS = 3;

    private AppealPeriod() {
    }

    /** The last day on which an appeal can be lodged for an anslag put up on {@code uppsatt}. */
    public static LocalDate lastDay(LocalDate uppsatt) {
        LocalDate day = uppsatt.plusWeeks(WEEKS);
        while (!isWeekday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A day that is neither Saturday, Sunday, a public holiday nor one of the eves the law treats as one. */
    public static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    static boolean isHoliday(LocalDate day) {
        int year = day.getYear();
        LocalDate easter = easterSunday(year);
        LocalDate midsommardagen = saturdayBetween(LocalDate.of(year, Month.JUNE, 20));
        LocalDate allaHelgons = saturdayBetween(LocalDate.of(year, Month.OCTOBER, 31));
        return day.equals(LocalDate.of(year, 1, 1))            // nyårsdagen
                || day.equals(LocalDate.of(year, 1, 6))         // trettondedag jul
                || day.equals(easter.minusDays(2))              // långfredagen
                || day.equals(easter)                           // påskdagen
                || day.equals(easter.plusDays(1))               // annandag påsk
                || day.equals(LocalDate.of(year, 5, 1))         // första maj
                || day.equals(easter.plusDays(39))              // Kristi himmelsfärdsdag
                || day.equals(easter.plusDays(49))              // pingstdagen
                || day.equals(LocalDate.of(year, 6, 6))         // nationaldagen
                || day.equals(midsommardagen.minusDays(1))      // midsommarafton
                || day.equals(midsommardagen)                   // midsommardagen
                || day.equals(allaHelgons)                      // alla helgons dag
                || day.equals(LocalDate.of(year, 12, 24))       // julafton
                || day.equals(LocalDate.of(year, 12, 25))       // juldagen
                || day.equals(LocalDate.of(year, 12, 26))       // annandag jul
                || day.equals(LocalDate.of(year, 12, 31));      // nyårsafton
    }

    /** The Saturday in the week starting {@code from} (from … from + 6). */
    private static LocalDate saturdayBetween(LocalDate from) {
        LocalDate day = from;
        while (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
