package se.finsam.handlingar.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ContributionSplitTest {

    @Test
    void finsamSplitsHalfQuarterQuarter() {
        assertThat(ContributionSplit.finsam(11380)).containsExactly(5690, 2845, 2845);
        // 11 381: exact 5 690,5 / 2 845,25 / 2 845,25 → the largest remainder (FK) gets the extra unit
        assertThat(ContributionSplit.finsam(11381)).containsExactly(5691, 2845, 2845);
        // 3: exact 1,5 / 0,75 / 0,75 → the two quarters have the larger remainders
        assertThat(ContributionSplit.finsam(3)).containsExactly(1, 1, 1);
    }

    @Test
    void largestRemainderGivesTheLeftoverUnitsToTheLargestRemainders() {
        // exact 33,33 / 33,33 / 33,33 → ties go to the earlier part
        assertThat(ContributionSplit.largestRemainder(100, List.of(1L, 1L, 1L))).containsExactly(34, 33, 33);
        // exact 2 372,67 / 142,5 / ... rounded one by one these would not add up
        assertThat(ContributionSplit.largestRemainder(10, List.of(15L, 15L, 70L))).containsExactly(2, 1, 7);
    }

    @Test
    void partsAlwaysAddUpToTheTotalAndStayWithinOneOfTheExactShare() {
        Random random = new Random(20221126);
        for (int run = 0; run < 2000; run++) {
            long total = random.nextInt(100_000);
            Long[] weights = new Long[1 + random.nextInt(8)];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (long) random.nextInt(200_000);
            }
            weights[0] += 1;
            long sum = Arrays.stream(weights).mapToLong(Long::longValue).sum();
            long[] parts = ContributionSplit.largestRemainder(total, List.of(weights));
            assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
            for (int i = 0; i < parts.length; i++) {
                BigDecimal exact = ContributionSplit.exactPart(total, weights[i], sum);
                assertThat(BigDecimal.valueOf(parts[i]).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
            }
        }
    }

    @Test
    void unevenPopulationsSplitTheKommunQuarterExactly() {
        List<Long> population = List.of(84379L, 5211L, 3912L, 2968L, 3722L, 1274L);
        long[] parts = ContributionSplit.largestRemainder(2845, population);
        assertThat(parts).containsExactly(2366, 146, 110, 83, 104, 36);
        assertThat(ContributionSplit.percent(84379, 101466, 1)).isEqualByComparingTo("83.2");
        assertThat(ContributionSplit.percent(1274, 101466, 1)).isEqualByComparingTo("1.3");
    }
}
