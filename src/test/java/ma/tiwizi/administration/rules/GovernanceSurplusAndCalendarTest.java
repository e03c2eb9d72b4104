package ma.tiwizi.administration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.tiwizi.administration.rules.LegalCalendar.Duty;
import ma.tiwizi.administration.rules.LegalCalendar.State;
import org.junit.jupiter.api.Test;

class GovernanceSurplusAndCalendarTest {

    private static BigDecimal mad(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aBoardIsRequiredAboveFiftyMembersOrFiveMillionTwoYearsInARow() {
        assertThat(Governance.boardRequired(50, mad("6000000"), mad("1000"))).isFalse();
        assertThat(Governance.boardRequired(51, null, null)).isTrue();
        assertThat(Governance.boardRequired(12, mad("5000000.01"), mad("5000000.01"))).isTrue();
        assertThat(Governance.boardRequired(12, mad("5000000.01"), mad("5000000"))).isFalse();
    }

    @Test
    void aBoardHasThreeToTwelveDirectorsInThreesAndAtMostThreeManagersRunWithoutOne() {
        assertThat(List.of(3, 6, 9, 12)).allMatch(n -> Governance.checkBoard(n).isEmpty());
        assertThat(List.of(0, 2, 4, 15)).allMatch(n -> Governance.checkBoard(n).size() == 1);
        assertThat(Governance.checkManagers(3)).isEmpty();
        assertThat(Governance.checkManagers(4)).extracting(Breach::code).containsExactly("managers");
        assertThat(Governance.renewedEachYear(9)).isEqualTo(3);
        assertThat(Governance.mandateEnds(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2029, 6, 1));
    }

    @Test
    void proxiesGoOnlyToAnotherMemberAndAMemberHoldsOnlyOne() {
        var members = Set.of(1L, 2L, 3L, 4L);
        assertThat(Proxies.check(List.of(new Proxies.Proxy(1, 2), new Proxies.Proxy(3, 4)), members, Set.of(2L, 4L)))
                .isEmpty();
        assertThat(Proxies.check(List.of(new Proxies.Proxy(1, 2), new Proxies.Proxy(3, 2)), members, Set.of(2L)))
                .extracting(Breach::code).containsExactly("secondProxy");
        assertThat(Proxies.check(List.of(new Proxies.Proxy(1, 9)), members, Set.of())).extracting(Breach::code)
                .containsExactly("proxyToNonMember");
        assertThat(Proxies.check(List.of(new Proxies.Proxy(1, 1)), members, Set.of())).extracting(Breach::code)
                .containsExactly("proxyToSelf");
        assertThat(Proxies.check(List.of(new Proxies.Proxy(2, 3)), members, Set.of(2L, 3L)))
                .extracting(Breach::code).containsExactly("proxyOfPresentMember");
    }

    @Test
    void tenPercentGoesToTheLegalReserveUntilItEqualsTheCapitalThenInterestThenRebatesByBusiness() {
        Map<Long, BigDecimal> business = new LinkedHashMap<>();
        business.put(1L, mad("100"));
        business.put(2L, mad("100"));
        business.put(3L, mad("100"));
        var surplus = Surplus.allocate(mad("10000"), mad("0"), mad("50000"), mad("0.03"), mad("20000"), mad("0.5"),
                business);
        assertThat(surplus.legalReserve()).isEqualByComparingTo("1000");
        assertThat(surplus.interest()).isEqualByComparingTo("600");
        assertThat(surplus.rebates()).isEqualByComparingTo("4200");
        assertThat(surplus.rebateByMember().values()).containsExactly(mad("1400.00"), mad("1400.00"),
                mad("1400.00"));
        assertThat(surplus.remainder()).isEqualByComparingTo("4200");

        var nearlyFull = Surplus.allocate(mad("10000"), mad("49500"), mad("50000"), null, mad("0"), mad("0"), Map.of());
        assertThat(nearlyFull.legalReserve()).as("only what the reserve lacks").isEqualByComparingTo("500");
        assertThat(Surplus.allocate(mad("-300"), mad("0"), mad("1000"), null, mad("0"), mad("1"), business).rebates())
                .as("a loss is never shared").isEqualByComparingTo("0");
    }

    @Test
    void rebatesAddUpToTheCentimeWhenTheyDoNotDivideEvenly() {
        var shares = Surplus.share(mad("100.00"), Map.of(1L, mad("1"), 2L, mad("1"), 3L, mad("1")));
        assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.00");
        assertThat(shares.values()).containsExactlyInAnyOrder(mad("33.34"), mad("33.33"), mad("33.33"));
    }

    @Test
    void aWithdrawalAskedTwoMonthsBeforeTheYearEndCountsForThisYearAndSilenceAcceptsItAfterTwentyDays() {
        var yearEnd = LocalDate.of(2026, 12, 31);
        assertThat(Withdrawal.inTimeFor(LocalDate.of(2026, 10, 31), yearEnd)).isTrue();
        assertThat(Withdrawal.inTimeFor(LocalDate.of(2026, 11, 1), yearEnd)).isFalse();
        assertThat(Withdrawal.takesEffectAt(LocalDate.of(2026, 11, 1), yearEnd)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(Withdrawal.acceptedBySilenceAfter(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 21));
    }

    @Test
    void theYearsDeadlinesAndAFilingMarkedLateTheDayAfterItWasDue() {
        var deadlines = LegalCalendar.year(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 5, 20));
        assertThat(deadlines).extracting(LegalCalendar.Deadline::duty).containsExactly(Duty.TAX_RETURN,
                Duty.ACCOUNTS_TO_MEMBERS, Duty.FILING_WITH_CLERK, Duty.ANNUAL_ASSEMBLY);
        assertThat(deadlines).extracting(LegalCalendar.Deadline::dueBy).containsExactly(LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 5, 5), LocalDate.of(2027, 6, 19), LocalDate.of(2027, 6, 30));
        var filing = deadlines.get(2);
        assertThat(filing.state(null, LocalDate.of(2027, 6, 19))).isEqualTo(State.DUE);
        assertThat(filing.state(null, LocalDate.of(2027, 6, 20))).isEqualTo(State.LATE);
        assertThat(filing.state(LocalDate.of(2027, 6, 25), LocalDate.of(2027, 7, 1))).isEqualTo(State.DONE);
    }
}
