package ma.tiwizi.funding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TranchePlanTest {

    @Test
    void theDefaultPlanPaysFortyFortyTwenty() {
        assertThat(TranchePlan.DEFAULT.split(new BigDecimal("100000")))
                .containsExactly(new BigDecimal("40000.00"), new BigDecimal("40000.00"), new BigDecimal("20000.00"));
    }

    @Test
    void theLastTrancheTakesTheCentimesLeftByRounding() {
        var thirds = new TranchePlan(List.of(new BigDecimal("33.33"), new BigDecimal("33.33"),
                new BigDecimal("33.34")));
        assertThat(thirds.split(new BigDecimal("100.01")))
                .containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.35"));
    }

    @Test
    void aPlanMustAddUpToAHundredPercentOfPositiveTranches() {
        assertThatThrownBy(() -> new TranchePlan(List.of(new BigDecimal("50"), new BigDecimal("40"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TranchePlan(List.of(new BigDecimal("120"), new BigDecimal("-20"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TranchePlan(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 7_000L + i);
    }

    /** For any approved amount to the centime and any plan of 1 to 6 tranches, the tranches add up exactly. */
    @ParameterizedTest
    @MethodSource("seeds")
    void tranchesAlwaysAddUpToTheApprovedAmountToTheCentime(long seed) {
        var random = new Random(seed);
        int count = 1 + random.nextInt(6);
        List<BigDecimal> percents = new ArrayList<>();
        int left = 10_000;
        for (int i = 0; i < count - 1 && left > count - i; i++) {
            int part = 1 + random.nextInt(left - (count - i - 1));
            percents.add(BigDecimal.valueOf(part, 2));
            left -= part;
        }
        percents.add(BigDecimal.valueOf(left, 2));
        BigDecimal approved = BigDecimal.valueOf(1 + (long) random.nextInt(30_000_000), 2);
        List<BigDecimal> tranches = new TranchePlan(percents).split(approved);
        assertThat(tranches).hasSize(percents.size()).allSatisfy(t -> assertThat(t.scale()).isEqualTo(2));
        assertThat(tranches.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(approved);
        assertThat(tranches).allSatisfy(t -> assertThat(t.signum()).isGreaterThanOrEqualTo(0));
    }
}
