package ma.tiwizi.bizplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import ma.tiwizi.bizplan.engine.Evaluation.Level;
import ma.tiwizi.bizplan.engine.PlanInput.FixedCost;
import ma.tiwizi.bizplan.engine.PlanInput.FixedCostKind;
import ma.tiwizi.bizplan.engine.PlanInput.Financing;
import ma.tiwizi.bizplan.engine.PlanInput.Investment;
import ma.tiwizi.bizplan.engine.PlanInput.Loan;
import ma.tiwizi.bizplan.engine.PlanInput.Product;
import ma.tiwizi.bizplan.engine.PlanInput.Repayment;
import ma.tiwizi.bizplan.engine.PlanInput.WorkingCapital;
import org.junit.jupiter.api.Test;

class BusinessPlanEngineTest {

    private final BusinessPlanEngine engine = new BusinessPlanEngine();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static PlanInput saffron(Loan loan) {
        return SamplePlans.saffron(loan);
    }

    @Test
    void yearOneProjectionsFollowFromThePlan() {
        var result = engine.evaluate(saffron(null), Thresholds.DEFAULTS);
        var year1 = result.years().get(1);
        assertThat(year1.revenue()).isEqualByComparingTo("600000.00");
        assertThat(year1.variableCosts()).isEqualByComparingTo("160000.00");
        assertThat(year1.grossMargin()).isEqualByComparingTo("440000.00");
        assertThat(year1.fixedCosts()).isEqualByComparingTo("250000.00");
        assertThat(year1.ebitda()).isEqualByComparingTo("190000.00");
        assertThat(year1.depreciation()).isEqualByComparingTo("20000.00");
        assertThat(year1.tax()).isEqualByComparingTo("34000.00");
        assertThat(year1.netResult()).isEqualByComparingTo("136000.00");
        assertThat(year1.selfFinancingCapacity()).isEqualByComparingTo("156000.00");
        // (600000*30 + 160000*60 - 160000*30) / 365
        assertThat(year1.workingCapitalNeed()).isCloseTo(d("62465.75"), within(d("0.01")));
        var year2 = result.years().get(2);
        assertThat(year2.revenue()).isEqualByComparingTo("660000.00");
        assertThat(year2.fixedCosts()).isEqualByComparingTo("256000.00");
        var year0 = result.years().get(0);
        assertThat(year0.investment()).isEqualByComparingTo("200000.00");
        assertThat(year0.cumulativeCash()).isEqualByComparingTo("0.00");
    }

    @Test
    void indicatorsOfTheYearOneMargin() {
        var indicators = engine.evaluate(saffron(null), Thresholds.DEFAULTS).indicators();
        assertThat(indicators.contributionMargin()).isEqualByComparingTo("440000.00");
        assertThat(indicators.contributionMarginRate()).isEqualByComparingTo("73.33");
        // 250000 / (440000/600000)
        assertThat(indicators.breakEvenRevenue()).isCloseTo(d("340909.09"), within(d("0.01")));
        // 250000 / (440000/20) = 11.36 -> 12 kg
        assertThat(indicators.breakEvenVolume()).isEqualByComparingTo("12");
        assertThat(indicators.irrOutcome()).isEqualTo(Finance.IrrOutcome.FOUND);
        assertThat(indicators.minDscr()).isNull();
    }

    @Test
    void theLoanScheduleHasGraceYearsThenRepaysExactlyThePrincipal() {
        var loan = new Loan(d("100000"), d("6"), 5, 1, Repayment.ANNUITY);
        var schedule = BusinessPlanEngine.loanSchedule(loan, 5);
        assertThat(schedule).hasSize(5);
        assertThat(schedule.get(0).principal()).isEqualByComparingTo("0");
        assertThat(schedule.get(0).interest()).isCloseTo(d("6000"), within(d("0.01")));
        // after the grace year: =PMT(6%;4;-100000) = 28859.15
        assertThat(schedule.get(1).payment()).isCloseTo(d("28859.15"), within(d("0.01")));
        assertThat(schedule.get(4).closing()).isEqualByComparingTo("0");
        assertThat(schedule.stream().map(Evaluation.LoanYear::principal).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isCloseTo(d("100000"), within(d("0.000001")));

        var constant = BusinessPlanEngine.loanSchedule(new Loan(d("90000"), d("5"), 3, 0,
                Repayment.CONSTANT_AMORTISATION), 5);
        assertThat(constant).extracting(Evaluation.LoanYear::principal).allSatisfy(
                p -> assertThat(p).isCloseTo(d("30000"), within(d("0.01"))));
        assertThat(constant.get(2).interest()).isCloseTo(d("1500"), within(d("0.01")));
    }

    @Test
    void aHeavyLoanIsExplainedAsTooHeavyForTheCash() {
        var heavy = new Loan(d("900000"), d("9"), 4, 0, Repayment.ANNUITY);
        var result = engine.evaluate(saffron(heavy), Thresholds.DEFAULTS);
        assertThat(result.verdict().level()).isEqualTo(Level.NOT_BANKABLE);
        assertThat(result.verdict().findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("dscrLow");
            assertThat(f.arguments()).last().isEqualTo("1.2");
        });
        assertThat(result.indicators().minDscr()).isLessThan(d("1.2"));
    }

    @Test
    void cashThatTurnsNegativeIsFoundWithItsYear() {
        var plan = saffron(null);
        var starved = new PlanInput(5, plan.products(), plan.fixedCosts(), plan.investments(),
                new WorkingCapital(180, 180, 0), new Financing(d("100000"), d("0"), d("0"), null), d("20"), 0, d("8"));
        var result = engine.evaluate(starved, Thresholds.DEFAULTS);
        assertThat(result.verdict().findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("cashNegative");
            assertThat(f.arguments().get(0)).isEqualTo("0");
        });
        assertThat(result.indicators().lowestCash()).isNegative();
    }

    @Test
    void aSoundPlanIsBankableWithItsStrengths() {
        var loan = new Loan(d("50000"), d("5"), 5, 1, Repayment.ANNUITY);
        var plan = saffron(loan);
        var funded = new PlanInput(5, plan.products(), plan.fixedCosts(), plan.investments(), plan.workingCapital(),
                new Financing(d("150000"), d("60000"), d("40000"), loan), d("20"), 0, d("8"));
        var result = engine.evaluate(funded, Thresholds.DEFAULTS);
        assertThat(result.verdict().level()).isEqualTo(Level.BANKABLE);
        assertThat(result.verdict().findings()).extracting(Evaluation.Finding::code).contains("npvPositive", "dscrOk");
        assertThat(result.sensitivity()).extracting(Evaluation.Scenario::name)
                .containsExactly("base", "price-10", "volume-20", "costs+10", "combined");
        assertThat(result.sensitivity().get(4).npv()).isLessThan(result.sensitivity().get(0).npv());
    }

    @Test
    void aStrangeButValidPlanNeverCrashes() {
        var losing = new PlanInput(3, List.of(new Product("x", "u", d("10"), d("100"), d("0"), d("12"), null)),
                List.of(), List.of(), new WorkingCapital(0, 0, 0), new Financing(d("0"), d("0"), d("0"), null),
                d("0"), 0, d("0"));
        var result = engine.evaluate(losing, Thresholds.DEFAULTS);
        assertThat(result.indicators().breakEvenRevenue()).isNull();
        assertThat(result.indicators().breakEvenReachable()).isFalse();
        assertThat(result.indicators().irrOutcome()).isEqualTo(Finance.IrrOutcome.NO_SIGN_CHANGE);
        assertThat(result.verdict().findings()).extracting(Evaluation.Finding::code).contains("marginNegative");

        var nothing = new PlanInput(3, List.of(new Product("x", "u", d("0"), d("0"), d("0"), d("0"), null)),
                null, null, new WorkingCapital(0, 0, 0), new Financing(d("0"), d("0"), d("0"), null), d("0"), 0,
                d("0"));
        assertThat(engine.evaluate(nothing, Thresholds.DEFAULTS).indicators().contributionMarginRate()).isNull();
    }

    @Test
    void seasonalSalesShowTheCashDipBeforeTheHarvestIsSold() {
        var plan = saffron(null);
        var harvest = java.util.stream.IntStream.range(0, 12)
                .mapToObj(m -> m < 9 ? BigDecimal.ZERO : m == 9 ? d("10") : m == 10 ? d("60") : d("30")).toList();
        var seasonal = new PlanInput(5, List.of(new Product("زعفران", "kg", d("30000"), d("20"), d("10"), d("8000"),
                harvest)), plan.fixedCosts(), plan.investments(), plan.workingCapital(), plan.financing(), d("20"), 0,
                d("8"));
        var result = engine.evaluate(seasonal, Thresholds.DEFAULTS);
        assertThat(result.indicators().lowestCashMonth()).isEqualTo(9);
        assertThat(result.indicators().lowestCashYear()).isEqualTo(1);
        assertThat(result.indicators().lowestCash()).isNegative();
        assertThat(result.verdict().findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("cashNegativeSeason");
            assertThat(f.arguments().get(0)).isEqualTo("9");
        });
        // the same plan selling evenly through the year never dips below its starting cash
        var even = engine.evaluate(plan, Thresholds.DEFAULTS).indicators();
        assertThat(even.lowestCashMonth()).isNull();
        assertThat(even.lowestCash()).isEqualByComparingTo("0.00");
    }

    @Test
    void taxIsNotDueInExemptYearsNorOnALoss() {
        var plan = saffron(null);
        var exempt = new PlanInput(5, plan.products(), plan.fixedCosts(), plan.investments(), plan.workingCapital(),
                plan.financing(), d("20"), 2, d("8"));
        var years = engine.evaluate(exempt, Thresholds.DEFAULTS).years();
        assertThat(years.get(1).tax()).isEqualByComparingTo("0");
        assertThat(years.get(2).tax()).isEqualByComparingTo("0");
        assertThat(years.get(3).tax()).isPositive();
    }
}
