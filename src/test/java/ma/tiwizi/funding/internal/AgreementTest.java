package ma.tiwizi.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import ma.tiwizi.funding.rules.TranchePlan;
import ma.tiwizi.platform.NotFoundException;
import org.junit.jupiter.api.Test;

/** The agreement decides a release in Java, from its own state and the facts it is given. */
class AgreementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Agreement.Facts NOTHING_YET = new Agreement.Facts(false, false, 0);

    private static Agreement approvedFor(String amount) {
        return Agreement.draft(7, new BigDecimal(amount), new BigDecimal("30000"), null, null,
                new Disbursements.AgreementForm("تنفيذ المشروع", TODAY, TODAY.plusYears(1)), TranchePlan.DEFAULT,
                Instant.parse("2026-11-30T09:00:00Z"), "admin");
    }

    @Test
    void splitsTheApprovedAmountAndWaitsForTheProgressTheEarlierTranchesPaidFor() {
        var tranches = approvedFor("60000.03").tranches();

        assertThat(tranches.keySet()).containsExactly(1, 2, 3);
        assertThat(tranches.values()).extracting(Agreement.Tranche::amount)
                .containsExactly(new BigDecimal("24000.01"), new BigDecimal("24000.01"), new BigDecimal("12000.01"));
        assertThat(tranches.values()).extracting(Agreement.Tranche::minProgress).containsExactly(0, 40, 80);
    }

    @Test
    void theFirstTrancheWaitsForTheSignatureAndTheOwnContribution() {
        var agreement = approvedFor("60000");
        var proved = new Agreement.Facts(true, false, 0);

        assertThatThrownBy(() -> agreement.release(1, "VIR-1", proved, TODAY, "admin"))
                .isInstanceOf(FundingRefused.class).hasMessageContaining("funding.error.conditions");
        agreement.sign("hash", " convention.pdf ", Instant.now());
        assertThatThrownBy(() -> agreement.release(1, "VIR-1", NOTHING_YET, TODAY, "admin"))
                .isInstanceOf(FundingRefused.class).hasMessageContaining("funding.error.conditions");

        var paid = agreement.release(1, " VIR-1 ", proved, TODAY, "admin");

        assertThat(paid.releasedOn()).isEqualTo(TODAY);
        assertThat(paid.paymentReference()).isEqualTo("VIR-1");
        assertThat(agreement.tranches().get(1).released()).isTrue();
    }

    @Test
    void aTrancheIsPaidOnce() {
        var agreement = approvedFor("60000");
        agreement.sign("hash", "convention.pdf", Instant.now());
        agreement.release(1, "VIR-1", new Agreement.Facts(true, false, 0), TODAY, "admin");

        assertThatThrownBy(() -> agreement.release(1, "VIR-1b", new Agreement.Facts(true, false, 0), TODAY, "admin"))
                .isInstanceOf(FundingRefused.class).hasMessageContaining("funding.error.alreadyReleased");
    }

    @Test
    void aNextTrancheWaitsForThePreviousPaymentTheProgressAndTheExpenseReport() {
        var agreement = approvedFor("60000");
        var ready = new Agreement.Facts(true, true, 40);

        assertThat(agreement.conditions(2, ready)).extracting(Disbursements.Condition::holds)
                .containsExactly(false, true, true);
        agreement.sign("hash", "convention.pdf", Instant.now());
        agreement.release(1, "VIR-1", ready, TODAY, "admin");
        assertThat(agreement.conditions(2, new Agreement.Facts(true, true, 39)))
                .extracting(Disbursements.Condition::code, Disbursements.Condition::holds)
                .containsExactly(tuple("previousPaid", true),
                        tuple("progress", false),
                        tuple("expenseReport", true));
        assertThatThrownBy(() -> agreement.release(2, "VIR-2", new Agreement.Facts(true, false, 40), TODAY, "a"))
                .isInstanceOf(FundingRefused.class);

        assertThat(agreement.release(2, "VIR-2", ready, TODAY, "admin").released()).isTrue();
    }

    @Test
    void aTrancheTheAgreementDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> approvedFor("60000").release(4, "VIR", NOTHING_YET, TODAY, "admin"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAgreementNeedsObligationsAndAPeriodThatEndsAfterItStarts() {
        assertThatThrownBy(() -> Agreement.draft(7, new BigDecimal("60000"), null, null, null,
                new Disbursements.AgreementForm("تنفيذ", TODAY, TODAY), TranchePlan.DEFAULT, Instant.now(), "admin"))
                .isInstanceOf(FundingRefused.class).hasMessageContaining("funding.error.agreementForm");
    }
}
