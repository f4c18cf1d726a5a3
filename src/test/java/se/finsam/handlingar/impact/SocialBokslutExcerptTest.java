package se.finsam.handlingar.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The figures of the socialt bokslut 2022 excerpt (målområde 3, Samordning), recomputed from their counts: the
 * excerpt's percentages and index agree with them.
 */
class SocialBokslutExcerptTest {

    @Test
    void indicatorSharesComeFromTheCounts() {
        // "79 % (75 av 95) … till mycket stor del eller till stor del"
        assertThat(ImpactIndex.share(75, 95, 0)).isEqualByComparingTo("79");
        // "58% (56 av 96)"
        assertThat(ImpactIndex.share(56, 96, 0)).isEqualByComparingTo("58");
    }

    @Test
    void theAreaIndexIsReachedOverMaximum() {
        // "Utfallet blev 34 av det maximalt möjliga indexvärdet 50 … Impact Index 68 är 2 indexpunkter sämre … än budgeterat (70)"
        assertThat(ImpactIndex.share(34, 50, 0).intValue()).isEqualTo(68);
        assertThat(70 - ImpactIndex.share(34, 50, 0).intValue()).isEqualTo(2);
    }
}
