package ma.tiwizi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aCooperativeIsWomenLedWhenItsPresidentIsAWoman() {
        assertThat(RegistryRules.womenLed(Sex.F)).isTrue();
        assertThat(RegistryRules.womenLed(Sex.M)).isFalse();
    }

    @Test
    void aPresidentIsYoungUntilTheYearSheTurns35() {
        assertThat(RegistryRules.youthLed(1992, TODAY)).isTrue();
        assertThat(RegistryRules.youthLed(1991, TODAY)).isFalse();
        assertThat(RegistryRules.youthLed(null, TODAY)).isFalse();
        assertThat(RegistryRules.youngestNotYouthBirthYear(TODAY)).isEqualTo(1991);
    }

    @Test
    void aCooperativeIsNewForFourYearsToTheDay() {
        assertThat(RegistryRules.newlyCreated(LocalDate.of(2022, 11, 29), TODAY)).isTrue();
        assertThat(RegistryRules.newlyCreated(LocalDate.of(2022, 11, 28), TODAY)).isFalse();
        assertThat(RegistryRules.newlyCreated(null, TODAY)).isFalse();
    }

    @Test
    void theShareCountsWomenAndYoungMenOnce() {
        // 6 women (2 of them young) and 4 men (1 young): 6 + 1 = 7 of 10
        assertThat(RegistryRules.womenAndYouthShare(6, 4, 1)).isEqualByComparingTo(new BigDecimal("0.7"));
        assertThat(RegistryRules.womenAndYouthShare(0, 3, 0)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(RegistryRules.womenAndYouthShare(1, 2, 0)).isEqualByComparingTo(new BigDecimal("0.3333"));
        assertThat(RegistryRules.womenAndYouthShare(0, 0, 0)).isNull();
    }
}
