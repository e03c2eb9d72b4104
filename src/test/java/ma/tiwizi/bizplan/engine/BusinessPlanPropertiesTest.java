package ma.tiwizi.bizplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that hold for any plan, checked on 200 plans drawn from fixed seeds (so every run checks the same). */
class BusinessPlanPropertiesTest {

    private final BusinessPlanEngine engine = new BusinessPlanEngine();

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 1000L + i);
    }

    private static BigDecimal amount(Random random, int max) {
        return BigDecimal.valueOf(random.nextInt(max) + 1L);
    }

    static PlanInput randomPlan(long seed) {
        var random = new Random(seed);
        int horizon = 3 + random.nextInt(8);
        var products = new ArrayList<PlanInput.Product>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            products.add(new PlanInput.Product("p" + i, "u", amount(random, 500), amount(random, 2000),
                    BigDecimal.valueOf(random.nextInt(30) - 10), amount(random, 300), null));
        }
        var costs = List.of(new PlanInput.FixedCost("c", PlanInput.FixedCostKind.OTHER, amount(random, 200000),
                BigDecimal.valueOf(random.nextInt(6)), null));
        var investments = List.of(new PlanInput.Investment("i", amount(random, 500000), random.nextInt(2),
                1 + random.nextInt(12), BigDecimal.ZERO));
        PlanInput.Loan loan = random.nextBoolean() ? null
                : new PlanInput.Loan(amount(random, 300000), BigDecimal.valueOf(random.nextInt(12)),
                        2 + random.nextInt(6), random.nextInt(2),
                        random.nextBoolean() ? PlanInput.Repayment.ANNUITY
                                : PlanInput.Repayment.CONSTANT_AMORTISATION);
        return new PlanInput(horizon, products, costs, investments,
                new PlanInput.WorkingCapital(random.nextInt(90), random.nextInt(90), random.nextInt(60)),
                new PlanInput.Financing(amount(random, 300000), amount(random, 100000), amount(random, 50000), loan),
                BigDecimal.valueOf(random.nextInt(31)), random.nextInt(3), BigDecimal.valueOf(2 + random.nextInt(12)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theNpvAtTheIrrIsZero(long seed) {
        var plan = randomPlan(seed);
        var result = engine.evaluate(plan, Thresholds.DEFAULTS);
        if (result.indicators().irr() == null) {
            return;
        }
        List<BigDecimal> flows = result.years().stream().map(Evaluation.YearProjection::projectCashFlow).toList();
        BigDecimal exactIrr = Finance.irr(flows).rate();
        // at the IRR the discounted flows cancel: the NPV is zero relative to the size of the discounted flows
        BigDecimal scale = Finance.discounted(exactIrr, flows).stream().map(BigDecimal::abs)
                .reduce(BigDecimal.ONE, BigDecimal::max);
        assertThat(Finance.npv(exactIrr, flows).abs()).as("NPV at IRR %s of %s", exactIrr, flows)
                .isLessThan(scale.multiply(new BigDecimal("1E-9")).max(new BigDecimal("0.01")));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void simplePaybackIsNeverLaterThanDiscountedPayback(long seed) {
        var indicators = engine.evaluate(randomPlan(seed), Thresholds.DEFAULTS).indicators();
        if (indicators.discountedPaybackYears() != null) {
            assertThat(indicators.simplePaybackYears()).isNotNull()
                    .isLessThanOrEqualTo(indicators.discountedPaybackYears());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aLoanScheduleRepaysExactlyThePrincipal(long seed) {
        var loan = randomPlan(seed).financing().loan();
        if (loan == null) {
            return;
        }
        var schedule = BusinessPlanEngine.loanSchedule(loan, 10);
        assertThat(schedule).hasSize(loan.termYears());
        assertThat(schedule.stream().map(Evaluation.LoanYear::principal).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isCloseTo(loan.principal(), within(new BigDecimal("0.000001")));
        assertThat(schedule.get(schedule.size() - 1).closing()).isCloseTo(BigDecimal.ZERO,
                within(new BigDecimal("0.000001")));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scalingEveryAmountScalesTheMoneyResultsAndLeavesTheIrr(long seed) {
        var plan = randomPlan(seed);
        BigDecimal k = BigDecimal.valueOf(3 + seed % 5);
        var base = engine.evaluate(plan, Thresholds.DEFAULTS);
        var scaled = engine.evaluate(scale(plan, k), Thresholds.DEFAULTS);
        BigDecimal tolerance = k.multiply(new BigDecimal("0.02"));
        assertThat(scaled.indicators().npv()).isCloseTo(base.indicators().npv().multiply(k), within(tolerance));
        assertThat(scaled.indicators().lowestCash()).isCloseTo(base.indicators().lowestCash().multiply(k),
                within(tolerance));
        for (int t = 0; t < base.years().size(); t++) {
            assertThat(scaled.years().get(t).netResult()).isCloseTo(base.years().get(t).netResult().multiply(k),
                    within(tolerance));
        }
        if (base.indicators().irr() != null) {
            assertThat(scaled.indicators().irr()).isCloseTo(base.indicators().irr(), within(new BigDecimal("0.01")));
        }
    }

    private static PlanInput scale(PlanInput p, BigDecimal k) {
        var loan = p.financing().loan();
        return new PlanInput(p.horizonYears(),
                p.products().stream().map(x -> new PlanInput.Product(x.name(), x.unit(), x.unitPrice().multiply(k),
                        x.volumeYear1(), x.growthPercent(), x.variableCostPerUnit().multiply(k), null)).toList(),
                p.fixedCosts().stream().map(c -> new PlanInput.FixedCost(c.label(), c.kind(),
                        c.amountPerYear().multiply(k), c.inflationPercent(), c.jobs())).toList(),
                p.investments().stream().map(i -> new PlanInput.Investment(i.item(), i.amount().multiply(k), i.year(),
                        i.usefulLifeYears(), i.residualValue().multiply(k))).toList(),
                p.workingCapital(),
                new PlanInput.Financing(p.financing().grant().multiply(k), p.financing().ownCash().multiply(k),
                        p.financing().ownInKind().multiply(k), loan == null ? null
                                : new PlanInput.Loan(loan.principal().multiply(k), loan.annualRatePercent(),
                                        loan.termYears(), loan.graceYears(), loan.repayment())),
                p.taxRatePercent(), p.taxExemptYears(), p.discountRatePercent());
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
