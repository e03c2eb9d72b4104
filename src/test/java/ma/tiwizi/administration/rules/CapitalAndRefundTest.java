package ma.tiwizi.administration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CapitalAndRefundTest {

    private static BigDecimal mad(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aShareOfExactlyOneHundredDirhamsIsAllowedAndOneCentimeLessIsNot() {
        assertThat(Capital.LAW.checkShareValue(mad("100"))).isEmpty();
        assertThat(Capital.LAW.checkShareValue(mad("99.99"))).extracting(Breach::code).containsExactly("shareTooSmall");
    }

    @Test
    void aQuarterOfTheSubscriptionIsPaidAtOnce() {
        assertThat(Capital.LAW.checkSubscription(mad("100"), 10, mad("250"))).isEmpty();
        var short1 = Capital.LAW.checkSubscription(mad("100"), 10, mad("249.99"));
        assertThat(short1).extracting(Breach::code).containsExactly("paidTooLittle");
        assertThat(short1.getFirst().arguments()).containsExactly("249.99", "250.00", "1000.00");
        assertThat(Capital.LAW.checkSubscription(mad("100"), 0, mad("0"))).extracting(Breach::code)
                .containsExactly("noShares");
        assertThat(Capital.LAW.checkSubscription(mad("100"), 2, mad("200.01"))).extracting(Breach::code)
                .containsExactly("paidTooMuch");
    }

    @Test
    void capitalMembersAndNaturalPersonsAtTheirLimits() {
        assertThat(Capital.LAW.checkCapital(mad("1000"), mad("650"), 5)).isEmpty();
        assertThat(Capital.LAW.checkCapital(mad("999.99"), mad("999.99"), 4)).extracting(Breach::code)
                .containsExactly("tooFewMembers", "capitalTooSmall");
        var legalPersons = Capital.LAW.checkCapital(mad("2000"), mad("1299.99"), 7);
        assertThat(legalPersons).extracting(Breach::code).containsExactly("naturalPersonsTooFew");
        assertThat(legalPersons.getFirst().arguments()).containsExactly("64.99", "65.00");
        assertThat(Capital.LAW.callsDueBy(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void aLeavingMemberGetsWhatTheyPaidLessLossesPlusRebatesLessDebts() {
        var refund = Refund.of(new Refund.Account(mad("1000"), mad("120"), mad("35.50"), mad("200"), mad("1000")),
                new Refund.CapitalLevels(mad("20000"), mad("20000"), mad("1000")), LocalDate.of(2027, 6, 20));
        assertThat(refund.amount()).isEqualByComparingTo("715.50");
        assertThat(refund.payableNow()).isEqualByComparingTo("715.50");
        assertThat(refund.deferred()).isEqualByComparingTo("0");
        assertThat(refund.payableOn()).isEqualTo(LocalDate.of(2027, 7, 5));
    }

    @Test
    void aRefundThatWouldTakeTheCapitalBelowThreeQuartersOfItsPeakIsDeferredAtMostFiveYears() {
        // peak 20,000: the capital may not fall below 15,000; at 15,400 only 400 of the 1,000 of shares can go now
        var refund = Refund.of(new Refund.Account(mad("1000"), mad("0"), mad("0"), mad("0"), mad("1000")),
                new Refund.CapitalLevels(mad("15400"), mad("20000"), mad("1000")), LocalDate.of(2027, 6, 20));
        assertThat(refund.payableNow()).isEqualByComparingTo("400");
        assertThat(refund.deferred()).isEqualByComparingTo("600");
        assertThat(refund.deferredAtMostUntil()).isEqualTo(LocalDate.of(2032, 7, 5));
        var atTheFloor = Refund.of(new Refund.Account(mad("500"), mad("0"), mad("0"), mad("0"), mad("500")),
                new Refund.CapitalLevels(mad("15000"), mad("20000"), mad("1000")), LocalDate.of(2027, 6, 20));
        assertThat(atTheFloor.payableNow()).isEqualByComparingTo("0");
        assertThat(atTheFloor.deferred()).isEqualByComparingTo("500");
    }
}
