package ma.tiwizi.bizplan.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spreadsheet-compatible financial functions on {@link BigDecimal}: NPV with the year-0 flow undiscounted (as
 * {@code CF0 + NPV(r; CF1..CFn)}), IRR, PMT, IPMT, PPMT, and payback periods.
 */
public final class Finance {

    static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal IRR_TOLERANCE = new BigDecimal("0.0000001");
    private static final int IRR_ITERATIONS = 300;

    private Finance() {
    }

    /** {@code flows[0] + Σ flows[t] / (1 + rate)^t}. */
    public static BigDecimal npv(BigDecimal rate, List<BigDecimal> flows) {
        return npv(rate, flows, MC);
    }

    private static BigDecimal npv(BigDecimal rate, List<BigDecimal> flows, MathContext mc) {
        BigDecimal factor = BigDecimal.ONE.add(rate, mc);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ONE;
        for (int t = 0; t < flows.size(); t++) {
            if (t > 0) {
                discount = discount.multiply(factor, mc);
            }
            total = total.add(flows.get(t).divide(discount, mc), mc);
        }
        return total;
    }

    /** The outcome of an IRR search: a rate, or the reason there is none. */
    public record IrrResult(BigDecimal rate, IrrOutcome outcome) {
        public Optional<BigDecimal> value() {
            return Optional.ofNullable(rate);
        }
    }

    public enum IrrOutcome {
        FOUND, NO_SIGN_CHANGE, NOT_CONVERGED
    }

    /**
     * The rate at which the NPV is zero, searched between −99 % and 1,000 % by bisection (robust where Newton's
     * method diverges), in 34-digit arithmetic so that even steep NPV curves near −100 % reach zero. Flows that never
     * change sign have no IRR.
     */
    public static IrrResult irr(List<BigDecimal> flows) {
        boolean positive = flows.stream().anyMatch(f -> f.signum() > 0);
        boolean negative = flows.stream().anyMatch(f -> f.signum() < 0);
        if (!positive || !negative) {
            return new IrrResult(null, IrrOutcome.NO_SIGN_CHANGE);
        }
        MathContext precise = MathContext.DECIMAL128;
        BigDecimal low = new BigDecimal("-0.99");
        BigDecimal high = BigDecimal.TEN;
        BigDecimal npvLow = npv(low, flows, precise);
        BigDecimal npvHigh = npv(high, flows, precise);
        if (npvLow.signum() == npvHigh.signum()) {
            return new IrrResult(null, IrrOutcome.NOT_CONVERGED);
        }
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal narrowest = new BigDecimal("1E-30");
        for (int i = 0; i < IRR_ITERATIONS; i++) {
            BigDecimal mid = low.add(high, precise).divide(two, precise);
            BigDecimal npvMid = npv(mid, flows, precise);
            if (npvMid.abs().compareTo(IRR_TOLERANCE) < 0 || high.subtract(low, precise).compareTo(narrowest) < 0) {
                return new IrrResult(mid.round(MC), IrrOutcome.FOUND);
            }
            if (npvMid.signum() == npvLow.signum()) {
                low = mid;
                npvLow = npvMid;
            } else {
                high = mid;
            }
        }
        return new IrrResult(null, IrrOutcome.NOT_CONVERGED);
    }

    /** The constant payment that repays {@code principal} over {@code periods} at {@code rate}, as PMT (positive). */
    public static BigDecimal pmt(BigDecimal rate, int periods, BigDecimal principal) {
        if (periods <= 0) {
            throw new IllegalArgumentException("periods must be positive");
        }
        if (rate.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(periods), MC);
        }
        BigDecimal growth = BigDecimal.ONE.add(rate, MC).pow(periods, MC);
        return principal.multiply(rate, MC).multiply(growth, MC).divide(growth.subtract(BigDecimal.ONE, MC), MC);
    }

    /** Interest part of payment number {@code period} (1-based) of a constant-payment loan, as IPMT (positive). */
    public static BigDecimal ipmt(BigDecimal rate, int period, int periods, BigDecimal principal) {
        return balanceBefore(rate, period, periods, principal).multiply(rate, MC);
    }

    /** Principal part of payment number {@code period}, as PPMT (positive). */
    public static BigDecimal ppmt(BigDecimal rate, int period, int periods, BigDecimal principal) {
        return pmt(rate, periods, principal).subtract(ipmt(rate, period, periods, principal), MC);
    }

    private static BigDecimal balanceBefore(BigDecimal rate, int period, int periods, BigDecimal principal) {
        BigDecimal payment = pmt(rate, periods, principal);
        BigDecimal balance = principal;
        for (int p = 1; p < period; p++) {
            balance = balance.subtract(payment.subtract(balance.multiply(rate, MC), MC), MC);
        }
        return balance;
    }

    /**
     * When the cumulative flows first reach zero, in years with a linear share of the year it happens in; empty when
     * they never do within the flows given.
     */
    public static Optional<BigDecimal> payback(List<BigDecimal> flows) {
        BigDecimal cumulative = flows.isEmpty() ? BigDecimal.ZERO : flows.get(0);
        if (cumulative.signum() >= 0) {
            return Optional.of(BigDecimal.ZERO);
        }
        for (int t = 1; t < flows.size(); t++) {
            BigDecimal next = cumulative.add(flows.get(t), MC);
            if (next.signum() >= 0) {
                BigDecimal share = cumulative.negate().divide(flows.get(t), MC);
                return Optional.of(BigDecimal.valueOf(t - 1L).add(share, MC).setScale(2, RoundingMode.HALF_UP));
            }
            cumulative = next;
        }
        return Optional.empty();
    }

    /** The flows discounted to year 0 at {@code rate}. */
    public static List<BigDecimal> discounted(BigDecimal rate, List<BigDecimal> flows) {
        BigDecimal factor = BigDecimal.ONE.add(rate, MC);
        var out = new ArrayList<BigDecimal>(flows.size());
        BigDecimal discount = BigDecimal.ONE;
        for (int t = 0; t < flows.size(); t++) {
            if (t > 0) {
                discount = discount.multiply(factor, MC);
            }
            out.add(flows.get(t).divide(discount, MC));
        }
        return out;
    }
}
