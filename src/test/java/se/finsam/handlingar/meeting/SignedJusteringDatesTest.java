package se.finsam.handlingar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The dates a digital justering ends with, by the day its last required signature came. */
class SignedJusteringDatesTest {

    private static final LocalDate AGREED = LocalDate.of(2023, 12, 20);
    private static final LocalDate UPPSATT = LocalDate.of(2023, 12, 22);

    @Test
    void signedOnOrBeforeTheAgreedDayTheBevisDatesStand() {
        for (LocalDate day : List.of(LocalDate.of(2023, 12, 18), AGREED)) {
            SignedJustering.Dates dates = SignedJustering.Dates.completed(AGREED, UPPSATT, day);
            assertThat(dates.justeringsdatum()).isEqualTo(AGREED);
            assertThat(dates.uppsatt()).isEqualTo(UPPSATT);
            assertThat(dates.nedtas()).isEqualTo(LocalDate.of(2024, 1, 12));
        }
    }

    @Test
    void signedLateTheJusteringIsThatDayAndTheAnslagNeverGoesUpBeforeIt() {
        SignedJustering.Dates withinTheAnslagDays = SignedJustering.Dates.completed(AGREED, UPPSATT,
                LocalDate.of(2023, 12, 21));
        assertThat(withinTheAnslagDays.justeringsdatum()).isEqualTo(LocalDate.of(2023, 12, 21));
        assertThat(withinTheAnslagDays.uppsatt()).isEqualTo(UPPSATT);

        SignedJustering.Dates afterTheAnslagDay = SignedJustering.Dates.completed(AGREED, UPPSATT,
                LocalDate.of(2024, 1, 3));
        assertThat(afterTheAnslagDay.justeringsdatum()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(afterTheAnslagDay.uppsatt()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(afterTheAnslagDay.nedtas()).isEqualTo(LocalDate.of(2024, 1, 24));
    }

    @Test
    void theJusteringNeedsEveryJusterareAndTheOrdforandeButNotTheSekreterare() {
        assertThat(SignedJustering.justeringSigned(List.of("signatur-sekreterare"))).isTrue();
        assertThat(SignedJustering.justeringSigned(List.of("signatur-justerare-2", "signatur-sekreterare"))).isFalse();
        assertThat(SignedJustering.justeringSigned(List.of("signatur-ordforande"))).isFalse();
    }
}
