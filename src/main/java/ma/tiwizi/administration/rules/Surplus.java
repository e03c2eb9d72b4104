package ma.tiwizi.administration.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a year's net surplus is shared (arts. 69, 31, 2): first 10 % to the legal reserve until the reserve equals the
 * capital; then, if the statutes allow, interest on paid-up shares at the rate the assembly sets; then rebates to the
 * members in proportion to the business each did with the cooperative; what is left goes to other reserves or is
 * carried forward. Reserves are never shared out. A loss is not shared: it goes to provisions, then to the reserve.
 *
 * @param legalReserve to the legal reserve
 * @param interest interest on paid-up shares
 * @param rebates the rebates, of which {@code rebateByMember} each member's, to the centime
 * @param remainder to other reserves or carried forward
 */
public record Surplus(BigDecimal legalReserve, BigDecimal interest, BigDecimal rebates,
        Map<Long, BigDecimal> rebateByMember, BigDecimal remainder) {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    /**
     * @param netSurplus the year's net surplus (nothing is shared when it is zero or a loss)
     * @param legalReserve the legal reserve before this allocation
     * @param capital the capital, which the legal reserve need not exceed
     * @param interestRate the yearly rate on paid-up shares set by the assembly (a fraction: 0.03), or null
     * @param paidUpCapital the paid-up capital the interest is counted on
     * @param rebateFraction the part of what is left the assembly gives back as rebates (0 to 1)
     * @param business each member's business with the cooperative in the year
     */
    public static Surplus allocate(BigDecimal netSurplus, BigDecimal legalReserve, BigDecimal capital,
            BigDecimal interestRate, BigDecimal paidUpCapital, BigDecimal rebateFraction,
            Map<Long, BigDecimal> business) {
        if (netSurplus.signum() <= 0) {
            return new Surplus(zero(), zero(), zero(), Map.of(), zero());
        }
        BigDecimal reserve = netSurplus.multiply(TEN_PERCENT).setScale(2, RoundingMode.HALF_UP)
                .min(capital.subtract(legalReserve).max(BigDecimal.ZERO));
        BigDecimal left = netSurplus.subtract(reserve);
        BigDecimal interest = interestRate == null ? zero()
                : paidUpCapital.multiply(interestRate).setScale(2, RoundingMode.DOWN).min(left);
        left = left.subtract(interest);
        BigDecimal rebates = left.multiply(rebateFraction).setScale(2, RoundingMode.DOWN);
        Map<Long, BigDecimal> byMember = share(rebates, business);
        BigDecimal given = byMember.values().stream().reduce(zero(), BigDecimal::add);
        return new Surplus(reserve, interest, given, byMember, left.subtract(given));
    }

    /** Shares an amount in proportion, to the centime: the centimes left by rounding go to the largest remainders. */
    static Map<Long, BigDecimal> share(BigDecimal amount, Map<Long, BigDecimal> weights) {
        BigDecimal total = weights.values().stream().filter(w -> w.signum() > 0).reduce(zero(), BigDecimal::add);
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        if (total.signum() == 0 || amount.signum() <= 0) {
            return shares;
        }
        long cents = amount.movePointRight(2).longValueExact();
        record Part(Long member, long cents, BigDecimal rest) {
        }
        List<Part> parts = weights.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(e -> {
            BigDecimal exact = BigDecimal.valueOf(cents).multiply(e.getValue()).divide(total, 10, RoundingMode.DOWN);
            long whole = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            return new Part(e.getKey(), whole, exact.subtract(BigDecimal.valueOf(whole)));
        }).toList();
        long leftOver = cents - parts.stream().mapToLong(Part::cents).sum();
        var byRest = parts.stream().sorted(Comparator.comparing(Part::rest).reversed()
                .thenComparing(Part::member)).toList();
        for (Part part : parts) {
            long extra = byRest.indexOf(part) < leftOver ? 1 : 0;
            shares.put(part.member(), BigDecimal.valueOf(part.cents() + extra).movePointLeft(2));
        }
        return shares;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
