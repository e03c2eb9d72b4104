package ma.tiwizi.bizplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures checked against a spreadsheet's NPV, IRR, PMT, IPMT and PPMT. */
class FinanceTest {

    private static List<BigDecimal> flows(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Test
    void npvAgreesWithTheSpreadsheetWithTheFirstFlowUndiscounted() {
        // =-1000+NPV(10%;300;400;500) = -21.04
        assertThat(Finance.npv(new BigDecimal("0.10"), flows(-1000, 300, 400, 500)))
                .isCloseTo(new BigDecimal("-21.04"), within(CENT));
        // =-50000+NPV(8%;8000;12000;15000;15000;20000) = 4240.07
        assertThat(Finance.npv(new BigDecimal("0.08"), flows(-50000, 8000, 12000, 15000, 15000, 20000)))
                .isCloseTo(new BigDecimal("4240.07"), within(CENT));
    }

    @Test
    void irrAgreesWithTheSpreadsheet() {
        // =IRR({-1000;300;400;500}) = 8.90 %
        var irr = Finance.irr(flows(-1000, 300, 400, 500));
        assertThat(irr.outcome()).isEqualTo(Finance.IrrOutcome.FOUND);
        assertThat(irr.rate().multiply(BigDecimal.valueOf(100))).isCloseTo(new BigDecimal("8.90"), within(CENT));
        assertThat(Finance.irr(flows(-50000, 8000, 12000, 15000, 15000, 20000)).rate()
                .multiply(BigDecimal.valueOf(100))).isCloseTo(new BigDecimal("10.77"), within(CENT));
    }

    @Test
    void flowsThatNeverChangeSignHaveNoIrr() {
        assertThat(Finance.irr(flows(100, 200, 300)).outcome()).isEqualTo(Finance.IrrOutcome.NO_SIGN_CHANGE);
        assertThat(Finance.irr(flows(-100, -200)).rate()).isNull();
        assertThat(Finance.irr(flows(0, 0)).outcome()).isEqualTo(Finance.IrrOutcome.NO_SIGN_CHANGE);
    }

    @Test
    void loanPaymentsAgreeWithPmtIpmtAndPpmt() {
        BigDecimal rate = new BigDecimal("0.05");
        BigDecimal principal = BigDecimal.valueOf(1000);
        // =PMT(5%;3;-1000) = 367.21; =IPMT(5%;1;3;-1000) = 50.00; =PPMT(5%;2;3;-1000) = 333.07
        assertThat(Finance.pmt(rate, 3, principal)).isCloseTo(new BigDecimal("367.21"), within(CENT));
        assertThat(Finance.ipmt(rate, 1, 3, principal)).isCloseTo(new BigDecimal("50.00"), within(CENT));
        assertThat(Finance.ipmt(rate, 2, 3, principal)).isCloseTo(new BigDecimal("34.14"), within(CENT));
        assertThat(Finance.ppmt(rate, 2, 3, principal)).isCloseTo(new BigDecimal("333.07"), within(CENT));
        assertThat(Finance.ppmt(rate, 3, 3, principal)).isCloseTo(new BigDecimal("349.72"), within(CENT));
        assertThat(Finance.pmt(BigDecimal.ZERO, 4, principal)).isEqualByComparingTo("250");
    }

    @Test
    void paybackCountsTheShareOfTheYearItHappensIn() {
        assertThat(Finance.payback(flows(-1000, 300, 400, 500))).contains(new BigDecimal("2.60"));
        assertThat(Finance.payback(flows(-1000, 100, 100))).isEmpty();
        assertThat(Finance.payback(flows(0, 100))).contains(BigDecimal.ZERO);
    }
}
