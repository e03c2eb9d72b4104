package ma.tiwizi.funding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundingRulesTest {

    private final FundingRules rules = FundingRules.INDH;

    private static FundingRules.Financing plan(String cost, String publicSupport, String cash, String inKind,
            String others) {
        return new FundingRules.Financing(new BigDecimal(cost), new BigDecimal(publicSupport), new BigDecimal(cash),
                new BigDecimal(inKind), new BigDecimal(others));
    }

    @Test
    void exactlySixtyPercentIsAllowedAndOneCentimeMoreIsNot() {
        assertThat(rules.check(plan("100000", "60000", "20000", "20000", "0"))).isEmpty();
        assertThat(rules.check(plan("100000", "60000.01", "19999.99", "20000", "0")))
                .extracting(FundingRules.Breach::code).contains("publicTooHigh", "ownTooLow");
    }

    @Test
    void exactlyThreeHundredThousandIsAllowedEvenWhenSixtyPercentWouldBeMore() {
        assertThat(rules.maxPublicSupport(new BigDecimal("800000"))).isEqualByComparingTo("300000");
        assertThat(rules.check(plan("800000", "300000", "250000", "250000", "0"))).isEmpty();
        var breaches = rules.check(plan("800000", "300000.01", "249999.99", "250000", "0"));
        assertThat(breaches).extracting(FundingRules.Breach::code).contains("publicTooHigh");
        assertThat(breaches.get(0).arguments()).contains("300000.00");
    }

    @Test
    void inKindMayBeExactlyHalfOfTheOwnContribution() {
        assertThat(rules.check(plan("100000", "60000", "20000", "20000", "0"))).isEmpty();
        assertThat(rules.check(plan("100000", "60000", "19999.99", "20000.01", "0")))
                .extracting(FundingRules.Breach::code).containsExactly("inKindTooHigh");
    }

    @Test
    void theOwnContributionIsAtLeastFortyPercentAndThePlanMustBalance() {
        assertThat(rules.check(plan("100000", "50000", "15000", "15000", "20000")))
                .extracting(FundingRules.Breach::code).containsExactly("ownTooLow");
        assertThat(rules.check(plan("100000", "50000", "30000", "20000", "10000")))
                .extracting(FundingRules.Breach::code).containsExactly("notBalanced");
        assertThat(rules.check(plan("0", "0", "0", "0", "0"))).extracting(FundingRules.Breach::code)
                .containsExactly("noCost");
    }

    @Test
    void theMaximumIsRoundedDownToTheCentime() {
        assertThat(rules.maxPublicSupport(new BigDecimal("12345.67"))).isEqualByComparingTo("7407.40");
    }
}
