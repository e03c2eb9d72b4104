package ma.tiwizi.administration.register;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money paid on a member's shares, or refunded to a member who left: the cooperative's journal writes it (books),
 * in the same transaction as the register's line.
 */
public record CapitalMoved(long cooperativeId, long memberId, String memberName, boolean refund, BigDecimal amount,
        LocalDate on, String receipt) {
}
