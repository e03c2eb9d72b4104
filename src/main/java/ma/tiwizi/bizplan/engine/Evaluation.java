package ma.tiwizi.bizplan.engine;

import java.math.BigDecimal;
import java.util.List;

/** What the engine says of a plan: year-by-year projections, the loan schedule, indicators, verdict, sensitivity. */
public record Evaluation(List<YearProjection> years, List<LoanYear> loanSchedule, Indicators indicators,
        Verdict verdict, List<Scenario> sensitivity) {

    /** One year; year 0 holds only the initial investment and financing. All amounts in MAD. */
    public record YearProjection(int year, BigDecimal revenue, BigDecimal variableCosts, BigDecimal fixedCosts,
            BigDecimal grossMargin, BigDecimal ebitda, BigDecimal depreciation, BigDecimal interest, BigDecimal tax,
            BigDecimal netResult, BigDecimal selfFinancingCapacity, BigDecimal workingCapitalNeed,
            BigDecimal changeInWorkingCapital, BigDecimal operatingCashFlow, BigDecimal investment,
            BigDecimal projectCashFlow, BigDecimal financingInflow, BigDecimal loanRepayment,
            BigDecimal netCashFlow, BigDecimal cumulativeCash) {
    }

    public record LoanYear(int year, BigDecimal opening, BigDecimal interest, BigDecimal principal,
            BigDecimal payment, BigDecimal closing) {
    }

    /**
     * Break-even and margins are for year 1. {@code irr} is null with {@code irrOutcome} saying why; paybacks are null
     * when not reached within the horizon; DSCRs are null without debt service. {@code lowestCashMonth} is set when
     * seasonal sales make the cash dip lowest inside year 1.
     */
    public record Indicators(BigDecimal breakEvenRevenue, BigDecimal breakEvenVolume, BigDecimal contributionMargin,
            BigDecimal contributionMarginRate, BigDecimal npv, BigDecimal irr, Finance.IrrOutcome irrOutcome,
            BigDecimal simplePaybackYears, BigDecimal discountedPaybackYears, BigDecimal minDscr, BigDecimal avgDscr,
            BigDecimal lowestCash, int lowestCashYear, Integer lowestCashMonth) {

        public boolean breakEvenReachable() {
            return breakEvenRevenue != null;
        }
    }

    public enum Level {
        BANKABLE, FRAGILE, NOT_BANKABLE
    }

    public enum Severity {
        BLOCKING, WARNING, STRENGTH
    }

    /** One reason of the verdict: a message code (bizplan.finding.CODE) with the figures it quotes. */
    public record Finding(String code, Severity severity, List<String> arguments) {
    }

    public record Verdict(Level level, List<Finding> findings) {
    }

    /** The headline figures of the plan under one stress. */
    public record Scenario(String name, BigDecimal npv, BigDecimal irr, Finance.IrrOutcome irrOutcome,
            BigDecimal lowestCash, BigDecimal minDscr) {
    }
}
