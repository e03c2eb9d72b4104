package ma.tiwizi.administration.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.tiwizi.platform.Morocco;

/**
 * The capital and its shares (arts. 14, 26, 30): at least 5 members; shares registered and of at least 100 MAD each;
 * a capital of at least 1,000 MAD; at least a quarter of each cash share paid at subscription and the rest called
 * within 3 years; natural persons hold at least 65 % of the capital. The figures are those of the law; a cooperative's
 * statutes may ask more, never less.
 */
public record Capital(int minMembers, BigDecimal minShareValue, BigDecimal minCapital, BigDecimal minPaidFraction,
        BigDecimal minNaturalPersonsFraction, int callWithinYears) {

    public static final Capital LAW = new Capital(5, new BigDecimal("100"), new BigDecimal("1000"),
            new BigDecimal("0.25"), new BigDecimal("0.65"), 3);

    /** The share's nominal value (art. 26). */
    public List<Breach> checkShareValue(BigDecimal nominal) {
        return nominal.compareTo(minShareValue) < 0 ? List.of(Breach.of("shareTooSmall", nominal, minShareValue))
                : List.of();
    }

    /** A subscription of {@code shares} shares, of which {@code paid} MAD are paid now (art. 26). */
    public List<Breach> checkSubscription(BigDecimal nominal, int shares, BigDecimal paid) {
        List<Breach> breaches = new ArrayList<>(checkShareValue(nominal));
        if (shares < 1) {
            breaches.add(Breach.of("noShares"));
            return breaches;
        }
        BigDecimal subscribed = nominal.multiply(BigDecimal.valueOf(shares));
        BigDecimal minPaid = subscribed.multiply(minPaidFraction).setScale(2, RoundingMode.UP);
        if (paid.compareTo(minPaid) < 0) {
            breaches.add(Breach.of("paidTooLittle", paid, minPaid, subscribed));
        }
        if (paid.compareTo(subscribed) > 0) {
            breaches.add(Breach.of("paidTooMuch", paid, subscribed));
        }
        return breaches;
    }

    /** The capital, of which {@code naturalPersons} MAD held by natural persons, and the members (arts. 14, 26). */
    public List<Breach> checkCapital(BigDecimal capital, BigDecimal naturalPersons, int members) {
        List<Breach> breaches = new ArrayList<>();
        if (members < minMembers) {
            breaches.add(Breach.of("tooFewMembers", members, minMembers));
        }
        if (capital.compareTo(minCapital) < 0) {
            breaches.add(Breach.of("capitalTooSmall", capital, minCapital));
        }
        if (capital.signum() > 0
                && naturalPersons.compareTo(capital.multiply(minNaturalPersonsFraction)) < 0) {
            breaches.add(Breach.of("naturalPersonsTooFew", percent(naturalPersons, capital),
                    minNaturalPersonsFraction.movePointRight(2)));
        }
        return breaches;
    }

    /**
     * A call falling due on {@code dueOn} for a member who subscribed on {@code subscribedOn}: refused past the three
     * years the law gives to call the rest (art. 26).
     */
    public List<Breach> checkCall(String member, LocalDate subscribedOn, LocalDate dueOn) {
        LocalDate last = callsDueBy(subscribedOn);
        return dueOn.isAfter(last) ? List.of(Breach.of("callTooLate", member, Morocco.DAY.format(last)))
                : List.of();
    }

    /** The last day the unpaid part of a subscription may be called (art. 26). */
    public LocalDate callsDueBy(LocalDate registeredOrIncreasedOn) {
        return registeredOrIncreasedOn.plusYears(callWithinYears);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.movePointRight(2).divide(whole, 2, RoundingMode.DOWN);
    }
}
