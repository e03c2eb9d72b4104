package ma.tiwizi.administration.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What a member who leaves gets back (arts. 21, 30): what they paid on their shares, less their share of the losses
 * at the last closing, plus the rebates due to them, less what they owe; without interest, 15 days after the next
 * annual ordinary assembly. Reimbursing may never bring the capital below three quarters of the highest capital ever
 * reached nor below the legal minimum: what would is deferred, at most 5 years.
 *
 * @param amount what is owed to the member
 * @param payableNow what may be paid on {@code payableOn}
 * @param deferred the rest, paid as the capital allows and by {@code deferredAtMostUntil}
 */
public record Refund(BigDecimal amount, BigDecimal payableNow, BigDecimal deferred, LocalDate payableOn,
        LocalDate deferredAtMostUntil) {

    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

    /** The member's account when they leave. */
    public record Account(BigDecimal paidUp, BigDecimal shareOfLosses, BigDecimal rebatesDue, BigDecimal debts,
            BigDecimal sharesNominal) {
    }

    /** The cooperative's capital: now, its highest ever, and the legal minimum. */
    public record CapitalLevels(BigDecimal now, BigDecimal peak, BigDecimal legalMinimum) {

        BigDecimal floor() {
            return peak.multiply(THREE_QUARTERS).setScale(2, RoundingMode.UP).max(legalMinimum);
        }
    }

    public static Refund of(Account account, CapitalLevels capital, LocalDate nextAnnualAssembly) {
        BigDecimal amount = account.paidUp().subtract(account.shareOfLosses()).add(account.rebatesDue())
                .subtract(account.debts()).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        BigDecimal room = capital.now().subtract(capital.floor()).max(BigDecimal.ZERO);
        BigDecimal payable = amount;
        if (account.sharesNominal().signum() > 0 && account.sharesNominal().compareTo(room) > 0) {
            payable = amount.multiply(room).divide(account.sharesNominal(), 2, RoundingMode.DOWN);
        }
        LocalDate payableOn = nextAnnualAssembly.plusDays(15);
        return new Refund(amount, payable, amount.subtract(payable), payableOn, payableOn.plusYears(5));
    }
}
