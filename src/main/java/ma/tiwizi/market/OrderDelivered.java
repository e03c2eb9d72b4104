package ma.tiwizi.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order reached its buyer and was paid (cash on delivery, or a transfer received before): the administration
 * module writes the sale in the cooperative's journal. Published after commit.
 */
public record OrderDelivered(long orderId, String reference, long cooperativeId, BigDecimal total, Payment payment,
        Instant deliveredAt) {
}
