package ma.tiwizi.bizplan.engine;

import static ma.tiwizi.bizplan.engine.Finance.MC;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import ma.tiwizi.bizplan.engine.Evaluation.Finding;
import ma.tiwizi.bizplan.engine.Evaluation.Indicators;
import ma.tiwizi.bizplan.engine.Evaluation.Level;
import ma.tiwizi.bizplan.engine.Evaluation.LoanYear;
import ma.tiwizi.bizplan.engine.Evaluation.Scenario;
import ma.tiwizi.bizplan.engine.Evaluation.Severity;
import ma.tiwizi.bizplan.engine.Evaluation.Verdict;
import ma.tiwizi.bizplan.engine.Evaluation.YearProjection;
import ma.tiwizi.bizplan.engine.PlanInput.Investment;
import ma.tiwizi.bizplan.engine.PlanInput.Loan;
import ma.tiwizi.bizplan.engine.PlanInput.Product;

/**
 * Turns a validated {@link PlanInput} into projections, indicators, a verdict and a sensitivity table. Pure and
 * stateless: the same plan always gives the same evaluation. See docs/bizplan-formulas.md.
 */
public final class BusinessPlanEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal DAYS = BigDecimal.valueOf(365);

    public Evaluation evaluate(PlanInput plan, Thresholds thresholds) {
        Model base = model(plan, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        Indicators indicators = base.indicators(plan);
        List<Scenario> sensitivity = List.of(
                scenario("base", plan, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
                scenario("price-10", plan, new BigDecimal("0.9"), BigDecimal.ONE, BigDecimal.ONE),
                scenario("volume-20", plan, BigDecimal.ONE, new BigDecimal("0.8"), BigDecimal.ONE),
                scenario("costs+10", plan, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("1.1")),
                scenario("combined", plan, new BigDecimal("0.9"), new BigDecimal("0.8"), new BigDecimal("1.1")));
        return new Evaluation(base.years.stream().map(BusinessPlanEngine::rounded).toList(),
                base.loan.stream().map(BusinessPlanEngine::rounded).toList(), rounded(indicators),
                verdict(plan, indicators, base, thresholds, sensitivity.get(4)), sensitivity);
    }

    private Scenario scenario(String name, PlanInput plan, BigDecimal price, BigDecimal volume, BigDecimal costs) {
        Model model = model(plan, price, volume, costs);
        Indicators i = model.indicators(plan);
        return new Scenario(name, money(i.npv()), percent(i.irr()), i.irrOutcome(), money(i.lowestCash()),
                ratio(i.minDscr()));
    }

    /** The yearly model under factors on prices, volumes and costs (1 for the plan as typed). */
    private Model model(PlanInput plan, BigDecimal priceFactor, BigDecimal volumeFactor, BigDecimal costFactor) {
        int n = plan.horizonYears();
        List<LoanYear> loan = loanSchedule(plan.financing().loan(), n);
        BigDecimal taxRate = plan.taxRatePercent().divide(HUNDRED, MC);
        var wc = plan.workingCapital();
        List<YearProjection> years = new ArrayList<>();

        BigDecimal capex0 = capex(plan, 0);
        BigDecimal loanPrincipal = plan.financing().loan() == null ? BigDecimal.ZERO
                : plan.financing().loan().principal();
        BigDecimal inflow0 = plan.financing().grant().add(plan.financing().ownCash(), MC)
                .add(plan.financing().ownInKind(), MC).add(loanPrincipal, MC);
        BigDecimal cumulative = inflow0.subtract(capex0, MC);
        years.add(new YearProjection(0, zero(), zero(), zero(), zero(), zero(), zero(), zero(), zero(), zero(),
                zero(), zero(), zero(), zero(), capex0, capex0.negate(), inflow0, zero(), cumulative, cumulative));

        BigDecimal previousNeed = BigDecimal.ZERO;
        for (int t = 1; t <= n; t++) {
            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal variable = BigDecimal.ZERO;
            for (Product p : plan.products()) {
                BigDecimal volume = volume(p, t).multiply(volumeFactor, MC);
                revenue = revenue.add(p.unitPrice().multiply(priceFactor, MC).multiply(volume, MC), MC);
                variable = variable.add(p.variableCostPerUnit().multiply(costFactor, MC).multiply(volume, MC), MC);
            }
            BigDecimal fixed = BigDecimal.ZERO;
            for (var cost : plan.fixedCostsOrEmpty()) {
                BigDecimal growth = BigDecimal.ONE.add(cost.inflationPercent().divide(HUNDRED, MC), MC).pow(t - 1, MC);
                fixed = fixed.add(cost.amountPerYear().multiply(growth, MC).multiply(costFactor, MC), MC);
            }
            BigDecimal margin = revenue.subtract(variable, MC);
            BigDecimal ebitda = margin.subtract(fixed, MC);
            BigDecimal depreciation = depreciation(plan, t);
            LoanYear debt = t <= loan.size() ? loan.get(t - 1) : null;
            BigDecimal interest = debt == null ? BigDecimal.ZERO : debt.interest();
            BigDecimal repaid = debt == null ? BigDecimal.ZERO : debt.principal();
            BigDecimal beforeTax = ebitda.subtract(depreciation, MC).subtract(interest, MC);
            BigDecimal tax = t <= plan.taxExemptYears() || beforeTax.signum() <= 0 ? BigDecimal.ZERO
                    : beforeTax.multiply(taxRate, MC);
            BigDecimal net = beforeTax.subtract(tax, MC);
            BigDecimal caf = net.add(depreciation, MC);
            BigDecimal need = revenue.multiply(BigDecimal.valueOf(wc.customerDays()), MC)
                    .add(variable.multiply(BigDecimal.valueOf(wc.stockDays()), MC), MC)
                    .subtract(variable.multiply(BigDecimal.valueOf(wc.supplierDays()), MC), MC).divide(DAYS, MC);
            BigDecimal change = need.subtract(previousNeed, MC);
            previousNeed = need;
            BigDecimal operating = ebitda.subtract(tax, MC).subtract(change, MC);
            BigDecimal capex = capex(plan, t);
            BigDecimal project = operating.subtract(capex, MC);
            if (t == n) {
                project = project.add(terminalValue(plan, n), MC).add(need, MC);
            }
            BigDecimal netCash = operating.subtract(capex, MC).subtract(interest, MC).subtract(repaid, MC);
            cumulative = cumulative.add(netCash, MC);
            years.add(new YearProjection(t, revenue, variable, fixed, margin, ebitda, depreciation, interest, tax, net,
                    caf, need, change, operating, capex, project, zero(), repaid, netCash, cumulative));
        }
        return new Model(years, loan, priceFactor, volumeFactor, costFactor, plan.discountRatePercent().divide(HUNDRED, MC));
    }

    private static BigDecimal volume(Product p, int year) {
        return p.volumeYear1().multiply(
                BigDecimal.ONE.add(p.growthPercent().divide(HUNDRED, MC), MC).pow(year - 1, MC), MC);
    }

    private static BigDecimal capex(PlanInput plan, int year) {
        return plan.investmentsOrEmpty().stream().filter(i -> i.year() == year).map(Investment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Straight line from the year the asset is in use (year 1 for a year-0 purchase) down to its residual value. */
    private static BigDecimal depreciation(PlanInput plan, int year) {
        BigDecimal total = BigDecimal.ZERO;
        for (Investment i : plan.investmentsOrEmpty()) {
            int first = Math.max(1, i.year());
            if (year >= first && year < first + i.usefulLifeYears()) {
                total = total.add(i.amount().subtract(i.residualValue(), MC)
                        .divide(BigDecimal.valueOf(i.usefulLifeYears()), MC), MC);
            }
        }
        return total;
    }

    /** What the assets are still worth at the end of the horizon: their book value. */
    private static BigDecimal terminalValue(PlanInput plan, int horizon) {
        BigDecimal total = BigDecimal.ZERO;
        for (Investment i : plan.investmentsOrEmpty()) {
            int first = Math.max(1, i.year());
            int used = Math.max(0, Math.min(horizon - first + 1, i.usefulLifeYears()));
            BigDecimal yearly = i.amount().subtract(i.residualValue(), MC)
                    .divide(BigDecimal.valueOf(i.usefulLifeYears()), MC);
            total = total.add(i.amount().subtract(yearly.multiply(BigDecimal.valueOf(used), MC), MC), MC);
        }
        return total;
    }

    /** Year-by-year repayment: interest only in the grace years, then annuity or constant principal. */
    static List<LoanYear> loanSchedule(Loan loan, int horizon) {
        List<LoanYear> schedule = new ArrayList<>();
        if (loan == null || loan.principal().signum() == 0) {
            return schedule;
        }
        BigDecimal rate = loan.annualRatePercent().divide(HUNDRED, MC);
        int amortising = loan.termYears() - loan.graceYears();
        BigDecimal annuity = Finance.pmt(rate, amortising, loan.principal());
        BigDecimal constantPrincipal = loan.principal().divide(BigDecimal.valueOf(amortising), MC);
        BigDecimal balance = loan.principal();
        for (int year = 1; year <= loan.termYears(); year++) {
            BigDecimal interest = balance.multiply(rate, MC);
            BigDecimal principal;
            if (year <= loan.graceYears()) {
                principal = BigDecimal.ZERO;
            } else if (year == loan.termYears()) {
                principal = balance;
            } else if (loan.repayment() == PlanInput.Repayment.ANNUITY) {
                principal = annuity.subtract(interest, MC);
            } else {
                principal = constantPrincipal;
            }
            BigDecimal closing = balance.subtract(principal, MC);
            schedule.add(new LoanYear(year, balance, interest, principal, interest.add(principal, MC), closing));
            balance = closing;
        }
        return schedule;
    }

    private Verdict verdict(PlanInput plan, Indicators i, Model model, Thresholds thresholds, Scenario combined) {
        List<Finding> findings = new ArrayList<>();
        int negativeYear = model.firstYearCashBelow(thresholds.minCash());
        if (negativeYear < 0 && i.lowestCashMonth() != null && i.lowestCash().compareTo(thresholds.minCash()) < 0) {
            negativeYear = 1;
            findings.add(new Finding("cashNegativeSeason", Severity.BLOCKING,
                    List.of(String.valueOf(i.lowestCashMonth()), money(i.lowestCash()).toPlainString(),
                            money(thresholds.minCash()).toPlainString())));
        } else if (negativeYear >= 0) {
            findings.add(new Finding("cashNegative", Severity.BLOCKING,
                    List.of(String.valueOf(negativeYear), money(i.lowestCash()).toPlainString(),
                            money(thresholds.minCash()).toPlainString())));
        }
        if (i.minDscr() != null && i.minDscr().compareTo(thresholds.minDscr()) < 0) {
            findings.add(new Finding("dscrLow", Severity.BLOCKING,
                    List.of(ratio(i.minDscr()).toPlainString(), thresholds.minDscr().toPlainString())));
        }
        if (!i.breakEvenReachable()) {
            findings.add(new Finding("marginNegative", Severity.BLOCKING, List.of()));
        }
        if (thresholds.requirePositiveNpv() && i.npv().signum() < 0) {
            findings.add(new Finding("npvNegative", Severity.WARNING,
                    List.of(money(i.npv()).toPlainString(), plan.discountRatePercent().toPlainString())));
        }
        int maxPayback = thresholds.maxPaybackYears() == null ? plan.horizonYears() : thresholds.maxPaybackYears();
        if (i.simplePaybackYears() == null || i.simplePaybackYears().compareTo(BigDecimal.valueOf(maxPayback)) > 0) {
            findings.add(new Finding("paybackLate", Severity.WARNING, List.of(String.valueOf(maxPayback))));
        }
        if (i.irrOutcome() == Finance.IrrOutcome.NOT_CONVERGED) {
            findings.add(new Finding("irrNotConverged", Severity.WARNING, List.of()));
        }
        if (combined.lowestCash().compareTo(thresholds.minCash()) < 0 && negativeYear < 0) {
            findings.add(new Finding("fragileUnderStress", Severity.WARNING,
                    List.of(combined.lowestCash().toPlainString())));
        }
        if (i.npv().signum() >= 0 && i.irr() != null) {
            findings.add(new Finding("npvPositive", Severity.STRENGTH,
                    List.of(money(i.npv()).toPlainString(), percent(i.irr()).toPlainString())));
        }
        if (i.minDscr() != null && i.minDscr().compareTo(thresholds.minDscr()) >= 0) {
            findings.add(new Finding("dscrOk", Severity.STRENGTH, List.of(ratio(i.minDscr()).toPlainString())));
        }
        Level level = findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKING) ? Level.NOT_BANKABLE
                : findings.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? Level.FRAGILE : Level.BANKABLE;
        return new Verdict(level, findings);
    }

    /** The computed years of one scenario, with the indicators derived from them. */
    private record Model(List<YearProjection> years, List<LoanYear> loan, BigDecimal priceFactor,
            BigDecimal volumeFactor, BigDecimal costFactor, BigDecimal discountRate) {

        Indicators indicators(PlanInput plan) {
            YearProjection first = years.get(1);
            BigDecimal margin = first.grossMargin();
            BigDecimal marginRate = first.revenue().signum() == 0 ? null
                    : margin.divide(first.revenue(), MC);
            BigDecimal breakEvenRevenue = null;
            BigDecimal breakEvenVolume = null;
            BigDecimal volume = plan.products().stream().map(PlanInput.Product::volumeYear1)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (marginRate != null && marginRate.signum() > 0) {
                breakEvenRevenue = first.fixedCosts().divide(marginRate, MC);
                if (volume.signum() > 0) {
                    breakEvenVolume = first.fixedCosts().divide(margin.divide(volume, MC), MC);
                }
            }
            List<BigDecimal> flows = years.stream().map(YearProjection::projectCashFlow).toList();
            var irr = Finance.irr(flows);
            BigDecimal minDscr = null;
            BigDecimal sumDscr = BigDecimal.ZERO;
            int debtYears = 0;
            for (YearProjection y : years.subList(1, years.size())) {
                BigDecimal service = y.interest().add(y.loanRepayment(), MC);
                if (service.signum() > 0) {
                    BigDecimal dscr = y.ebitda().subtract(y.tax(), MC).divide(service, MC);
                    minDscr = minDscr == null || dscr.compareTo(minDscr) < 0 ? dscr : minDscr;
                    sumDscr = sumDscr.add(dscr, MC);
                    debtYears++;
                }
            }
            YearProjection lowest = years.stream().reduce((a, b) ->
                    b.cumulativeCash().compareTo(a.cumulativeCash()) < 0 ? b : a).orElseThrow();
            BigDecimal lowestCash = lowest.cumulativeCash();
            int lowestYear = lowest.year();
            Integer lowestMonth = null;
            var dip = seasonalDip(plan);
            if (dip != null && dip.cash().compareTo(lowestCash) < 0) {
                lowestCash = dip.cash();
                lowestYear = 1;
                lowestMonth = dip.month();
            }
            return new Indicators(breakEvenRevenue, breakEvenVolume, margin, marginRate,
                    Finance.npv(discountRate, flows), irr.rate(), irr.outcome(),
                    Finance.payback(flows).orElse(null),
                    Finance.payback(Finance.discounted(discountRate, flows)).orElse(null), minDscr,
                    debtYears == 0 ? null : sumDscr.divide(BigDecimal.valueOf(debtYears), MC),
                    lowestCash, lowestYear, lowestMonth);
        }

        record Dip(BigDecimal cash, int month) {
        }

        /**
         * Year 1 month by month when some product sells by season: its sales and variable costs follow its monthly
         * weights, everything else is spread evenly. The lowest point of that curve, or null without seasonality.
         */
        Dip seasonalDip(PlanInput plan) {
            if (plan.products().stream().allMatch(p -> p.seasonality() == null)) {
                return null;
            }
            YearProjection first = years.get(1);
            BigDecimal twelve = BigDecimal.valueOf(12);
            BigDecimal even = first.fixedCosts().add(first.interest(), MC).add(first.tax(), MC)
                    .add(first.loanRepayment(), MC).add(first.investment(), MC)
                    .add(first.changeInWorkingCapital(), MC).divide(twelve, MC);
            BigDecimal cash = years.get(0).cumulativeCash();
            Dip lowest = null;
            for (int month = 0; month < 12; month++) {
                BigDecimal margin = BigDecimal.ZERO;
                for (PlanInput.Product p : plan.products()) {
                    BigDecimal volume = p.volumeYear1().multiply(volumeFactor, MC);
                    BigDecimal unitMargin = p.unitPrice().multiply(priceFactor, MC)
                            .subtract(p.variableCostPerUnit().multiply(costFactor, MC), MC);
                    margin = margin.add(unitMargin.multiply(volume, MC).multiply(share(p, month), MC), MC);
                }
                cash = cash.add(margin, MC).subtract(even, MC);
                if (lowest == null || cash.compareTo(lowest.cash()) < 0) {
                    lowest = new Dip(cash, month + 1);
                }
            }
            return lowest;
        }

        private static BigDecimal share(PlanInput.Product p, int month) {
            if (p.seasonality() == null) {
                return BigDecimal.ONE.divide(BigDecimal.valueOf(12), MC);
            }
            BigDecimal total = p.seasonality().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            return total.signum() == 0 ? BigDecimal.ONE.divide(BigDecimal.valueOf(12), MC)
                    : p.seasonality().get(month).divide(total, MC);
        }

        int firstYearCashBelow(BigDecimal floor) {
            return years.stream().filter(y -> y.cumulativeCash().compareTo(floor) < 0).mapToInt(YearProjection::year)
                    .findFirst().orElse(-1);
        }
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO;
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A rate as a percentage with two decimals (0.08896 becomes 8.90). */
    static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.multiply(HUNDRED, MC).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal ratio(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static YearProjection rounded(YearProjection y) {
        return new YearProjection(y.year(), money(y.revenue()), money(y.variableCosts()), money(y.fixedCosts()),
                money(y.grossMargin()), money(y.ebitda()), money(y.depreciation()), money(y.interest()),
                money(y.tax()), money(y.netResult()), money(y.selfFinancingCapacity()),
                money(y.workingCapitalNeed()), money(y.changeInWorkingCapital()), money(y.operatingCashFlow()),
                money(y.investment()), money(y.projectCashFlow()), money(y.financingInflow()),
                money(y.loanRepayment()), money(y.netCashFlow()), money(y.cumulativeCash()));
    }

    private static LoanYear rounded(LoanYear l) {
        return new LoanYear(l.year(), money(l.opening()), money(l.interest()), money(l.principal()),
                money(l.payment()), money(l.closing()));
    }

    private static Indicators rounded(Indicators i) {
        return new Indicators(money(i.breakEvenRevenue()),
                i.breakEvenVolume() == null ? null : i.breakEvenVolume().setScale(0, RoundingMode.CEILING),
                money(i.contributionMargin()), percent(i.contributionMarginRate()), money(i.npv()), percent(i.irr()),
                i.irrOutcome(), i.simplePaybackYears(), i.discountedPaybackYears(), ratio(i.minDscr()),
                ratio(i.avgDscr()), money(i.lowestCash()), i.lowestCashYear(), i.lowestCashMonth());
    }
}
