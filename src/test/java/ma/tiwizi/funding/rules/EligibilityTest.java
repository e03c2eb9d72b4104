package ma.tiwizi.funding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Eligibility.Applicant applicant(String form, long commune, LocalDate created, String share,
            int members) {
        return new Eligibility.Applicant(form, commune, created, share == null ? null : new BigDecimal(share),
                members);
    }

    @Test
    void eachRulePassesOrFailsOnItsOwnAndExplainsItself() {
        var rules = new Eligibility(Set.of("COOPERATIVE"), Set.of(7L, 8L), 4, new BigDecimal("30"), 5);
        var good = applicant("COOPERATIVE", 7, LocalDate.of(2023, 1, 1), "0.30", 5);
        assertThat(rules.check(good, TODAY)).allMatch(Eligibility.Check::passed).hasSize(5);
        assertThat(rules.eligible(good, TODAY)).isTrue();

        var bad = applicant("UNION", 9, LocalDate.of(2020, 1, 1), "0.2999", 4);
        var checks = rules.check(bad, TODAY);
        assertThat(checks).noneMatch(Eligibility.Check::passed);
        assertThat(checks).extracting(Eligibility.Check::messageKey).containsExactly(
                "funding.eligibility.legalForm.fail", "funding.eligibility.commune.fail",
                "funding.eligibility.age.fail", "funding.eligibility.share.fail", "funding.eligibility.members.fail");
        assertThat(rules.eligible(bad, TODAY)).isFalse();
    }

    @Test
    void theAgeLimitCountsToTheDay() {
        var rules = new Eligibility(null, null, 4, null, null);
        assertThat(rules.eligible(applicant("COOPERATIVE", 1, LocalDate.of(2022, 11, 29), null, 1), TODAY)).isTrue();
        assertThat(rules.eligible(applicant("COOPERATIVE", 1, LocalDate.of(2022, 11, 28), null, 1), TODAY))
                .isFalse();
    }

    @Test
    void aCooperativeWithoutMembersOnRecordHasNoShare() {
        var rules = Eligibility.indhDefaults();
        assertThat(rules.eligible(applicant("COOPERATIVE", 1, TODAY, null, 0), TODAY)).isFalse();
    }

    @Test
    void aCooperativeWithAFundedProjectStillOpenMayNotApplyWhenTheCallSaysSo() {
        var rules = new Eligibility(null, null, null, null, null, true);
        var busy = new Eligibility.Applicant("COOPERATIVE", 1, TODAY, null, 5, true);
        var free = new Eligibility.Applicant("COOPERATIVE", 1, TODAY, null, 5, false);
        assertThat(rules.check(busy, TODAY)).extracting(Eligibility.Check::messageKey)
                .containsExactly("funding.eligibility.openProject.fail");
        assertThat(rules.eligible(free, TODAY)).isTrue();
        assertThat(new Eligibility(null, null, null, null, null, false).eligible(busy, TODAY)).isTrue();
    }

    @Test
    void aCallWithoutRulesAcceptsEveryone() {
        var rules = new Eligibility(Set.of(), Set.of(), null, null, null);
        assertThat(rules.check(applicant("UNION", 3, null, null, 0), TODAY)).isEmpty();
    }
}
