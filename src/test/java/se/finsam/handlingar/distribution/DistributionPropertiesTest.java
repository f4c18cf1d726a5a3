package se.finsam.handlingar.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DistributionPropertiesTest {

    @Test
    void backoffDoublesFromTheBaseAndStopsAtTheMaximum() {
        DistributionProperties p = new DistributionProperties(null, null, null, null, null, null, null,
                Duration.ofSeconds(30), Duration.ofMinutes(5), null, null);
        assertThat(p.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.backoff(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(p.backoff(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void filenamesAreAsciiSlugsOfTheTitle() {
        assertThat(SendService.filename("Handlingar till styrelsens sammanträde 2024-03-22"))
                .isEqualTo("handlingar-till-styrelsens-sammantrade-2024-03-22");
        assertThat(SendService.filename("Årsredovisning/Överenskommelse")).isEqualTo("arsredovisning-overenskommelse");
        assertThat(SendService.filename("???")).isEqualTo("dokument");
    }
}
