package se.finsam.handlingar.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class SwedishFormatTest {

    @Test
    void amountsGroupThousandsWithNoBreakSpaceAndUseTheMinusSign() {
        assertThat(SwedishFormat.amount(11480)).isEqualTo("11\u00A0480");
        assertThat(SwedishFormat.amount(-1150)).isEqualTo("\u22121\u00A0150");
        assertThat(SwedishFormat.amount(0)).isEqualTo("0");
        assertThat(SwedishFormat.amount(999)).isEqualTo("999");
        assertThat(SwedishFormat.amount(1_234_567)).isEqualTo("1\u00A0234\u00A0567");
        assertThat(SwedishFormat.amount(new BigDecimal("59733.50"))).isEqualTo("59\u00A0734");
        assertThat(SwedishFormat.amount(new BigDecimal("-0.4"))).isEqualTo("0");
    }

    @Test
    void numbersUseTheDecimalComma() {
        assertThat(SwedishFormat.number(new BigDecimal("1234.56"), 1)).isEqualTo("1\u00A0234,6");
        assertThat(SwedishFormat.number(new BigDecimal("-2.05"), 2)).isEqualTo("\u22122,05");
    }

    @Test
    void percentHasASpaceBeforeTheSign() {
        assertThat(SwedishFormat.percent(new BigDecimal("83.44"), 1)).isEqualTo("83,4\u00A0%");
        assertThat(SwedishFormat.percent(new BigDecimal("66"), 0)).isEqualTo("66\u00A0%");
    }

    @Test
    void datesAndTimes() {
        assertThat(SwedishFormat.longDate(LocalDate.of(2024, 3, 22))).isEqualTo("22 mars 2024");
        assertThat(SwedishFormat.longDate(LocalDate.of(2023, 12, 1))).isEqualTo("1 december 2023");
        assertThat(SwedishFormat.isoDate(LocalDate.of(2023, 11, 30))).isEqualTo("2023-11-30");
        assertThat(SwedishFormat.time(LocalTime.of(8, 30))).isEqualTo("08.30");
        assertThat(SwedishFormat.timeSpan(LocalTime.of(10, 0), LocalTime.of(12, 0))).isEqualTo("10.00\u201312.00");
    }
}
