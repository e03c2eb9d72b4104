package ma.tiwizi.funding.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How an approved amount is paid: tranches in percent of it (40 / 40 / 20 by default). Each tranche is rounded down to
 * the centime and the last one takes what remains, so the tranches always add up to the approved amount exactly.
 */
public record TranchePlan(List<BigDecimal> percents) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final TranchePlan DEFAULT = new TranchePlan(List.of(new BigDecimal("40"), new BigDecimal("40"),
            new BigDecimal("20")));

    public TranchePlan {
        if (percents == null || percents.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one tranche");
        }
        if (percents.stream().anyMatch(p -> p.signum() <= 0)) {
            throw new IllegalArgumentException("every tranche is a positive percentage");
        }
        if (percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("the tranches add up to 100 %");
        }
        percents = List.copyOf(percents);
    }

    public List<BigDecimal> split(BigDecimal approved) {
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (int i = 0; i < percents.size() - 1; i++) {
            BigDecimal amount = approved.multiply(percents.get(i)).divide(HUNDRED, 2, RoundingMode.DOWN);
            amounts.add(amount);
            paid = paid.add(amount);
        }
        amounts.add(approved.setScale(2, RoundingMode.UNNECESSARY).subtract(paid));
        return amounts;
    }
}
