package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Last day to appeal: three weeks from the day the anslag went up (KL 13 kap. 5 §), moved to the next weekday over
 * weekends, public holidays and the eves the law counts as holidays (lag 1930:173, 2 §).
 */
class AppealPeriodTest {

    @Test
    void threeWeeksFromTheDayTheAnslagWentUp() {
        // the seed's anslag: up 2023-12-22 (Friday), down 2024-01-12 (Friday)
        assertThat(AppealPeriod.lastDay(LocalDate.of(2023, 12, 22))).isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(AppealPeriod.lastDay(LocalDate.of(2024, 3, 4))).isEqualTo(LocalDate.of(2024, 3, 25));
    }

    @Test
    void weekendsMoveToMonday() {
        assertThat(AppealPeriod.lastDay(LocalDate.of(2024, 2, 3))).isEqualTo(LocalDate.of(2024, 2, 26)); // Sat → Mon
        assertThat(AppealPeriod.lastDay(LocalDate.of(2024, 2, 4))).isEqualTo(LocalDate.of(2024, 2, 26)); // Sun → Mon
    }

    @Test
    void holidaysAndEvesMoveToTheNextWeekday() {
        // Långfredagen 2024-03-29 → annandag påsk 2024-04-01 is a holiday too → Tuesday 2024-04-02
        assertThat(AppealPeriod.lastDay(LocalDate.of(2024, 3, 8))).isEqualTo(LocalDate.of(2024, 4, 2));
        // Kristi himmelsfärdsdag 2024-05-09 → Friday
        assertThat(AppealPeriod.lastDay(LocalDate.of(2024, 4, 18))).isEqualTo(LocalDate.of(2024, 5, 10));
        // midsommarafton 2024-06-21 (Friday) → Monday 2024-06-24
        assertThat(AppealPeriod.lastDay(LocalDate.of(2024, 5, 31))).isEqualTo(LocalDate.of(2024, 6, 24));
        // nationaldagen 2024-06-06 (Thursday) → Friday
        assertThat(AppealPeriod.lastDay(LocalDate.of(2024, 5, 16))).isEqualTo(LocalDate.of(2024, 6, 7));
        // julafton 2024-12-24 (Tuesday) → juldagen, annandag jul → Friday 2024-12-27
        assertThat(AppealPeriod.lastDay(LocalDate.of(2024, 12, 3))).isEqualTo(LocalDate.of(2024, 12, 27));
        // nyårsafton 2025-12-31 (Wednesday), nyårsdagen → Friday 2026-01-02
        assertThat(AppealPeriod.lastDay(LocalDate.of(2025, 12, 10))).isEqualTo(LocalDate.of(2026, 1, 2));
        // trettondedag jul 2025-01-06 (Monday) → Tuesday
        assertThat(AppealPeriod.lastDay(LocalDate.of(2024, 12, 16))).isEqualTo(LocalDate.of(2025, 1, 7));
    }

    @Test
    void easterAndMovableHolidays() {
        assertThat(AppealPeriod.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(AppealPeriod.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(AppealPeriod.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(AppealPeriod.isHoliday(LocalDate.of(2025, 6, 21))).as("midsommardagen 2025").isTrue();
        assertThat(AppealPeriod.isHoliday(LocalDate.of(2025, 11, 1))).as("alla helgons dag 2025").isTrue();
        assertThat(AppealPeriod.isHoliday(LocalDate.of(2025, 11, 3))).isFalse();
        assertThat(AppealPeriod.isWeekday(LocalDate.of(2025, 6, 20))).as("midsommarafton").isFalse();
        assertThat(AppealPeriod.isWeekday(LocalDate.of(2025, 6, 19))).isTrue();
    }
}
