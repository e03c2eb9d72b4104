package ma.tiwizi.funding.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How much public support a project may receive. INDH defaults (programme 3, social and solidarity economy axis):
 * public support at most 60 % of the project cost and at most 300,000 MAD; the holder's own contribution at least
 * 40 % of the cost, of which in kind at most half.
 */
public record FundingRules(BigDecimal maxPublicSharePercent, BigDecimal maxPublicAmount,
        BigDecimal minOwnSharePercent, BigDecimal maxInKindShareOfOwnPercent) {

    public static final FundingRules INDH = new FundingRules(new BigDecimal("60"), new BigDecimal("300000"),
            new BigDecimal("40"), new BigDecimal("50"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A project's financing plan. The project cost is the sum of its budget lines. */
    public record Financing(BigDecimal projectCost, BigDecimal publicRequested, BigDecimal ownCash,
            BigDecimal ownInKind, BigDecimal otherPartners) {

        public BigDecimal own() {
            return ownCash.add(ownInKind);
        }

        public BigDecimal total() {
            return publicRequested.add(own()).add(otherPartners);
        }
    }

    /** A broken rule: a message key ({@code funding.rule.CODE}) and the figures it quotes, as plain decimals. */
    public record Breach(String code, List<String> arguments) {
    }

    /** The largest public support this project may ask for: the smaller of the share cap and the amount cap. */
    public BigDecimal maxPublicSupport(BigDecimal projectCost) {
        BigDecimal byShare = projectCost.multiply(maxPublicSharePercent).divide(HUNDRED, 2, RoundingMode.DOWN);
        return byShare.min(maxPublicAmount).max(BigDecimal.ZERO);
    }

    /** Every rule the financing plan breaks; empty when it respects them all. Amounts compare to the centime. */
    public List<Breach> check(Financing plan) {
        List<Breach> breaches = new ArrayList<>();
        BigDecimal cost = plan.projectCost();
        if (cost.signum() <= 0) {
            breaches.add(new Breach("noCost", List.of()));
            return breaches;
        }
        BigDecimal max = maxPublicSupport(cost);
        if (plan.publicRequested().compareTo(max) > 0) {
            breaches.add(new Breach("publicTooHigh", List.of(plain(plan.publicRequested()), plain(max),
                    plain(maxPublicSharePercent), plain(maxPublicAmount))));
        }
        BigDecimal minOwn = cost.multiply(minOwnSharePercent).divide(HUNDRED, 2, RoundingMode.UP);
        if (plan.own().compareTo(minOwn) < 0) {
            breaches.add(new Breach("ownTooLow", List.of(plain(plan.own()), plain(minOwn),
                    plain(minOwnSharePercent))));
        }
        BigDecimal maxInKind = plan.own().multiply(maxInKindShareOfOwnPercent).divide(HUNDRED, 2, RoundingMode.DOWN);
        if (plan.ownInKind().compareTo(maxInKind) > 0) {
            breaches.add(new Breach("inKindTooHigh", List.of(plain(plan.ownInKind()), plain(maxInKind),
                    plain(maxInKindShareOfOwnPercent))));
        }
        if (plan.total().compareTo(cost) != 0) {
            breaches.add(new Breach("notBalanced", List.of(plain(plan.total()), plain(cost))));
        }
        return breaches;
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
