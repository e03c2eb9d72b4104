package ma.tiwizi.market;

import java.math.BigDecimal;

/** A buyer placed an order with a cooperative (the notifications module e-mails the cooperative). */
public record OrderPlaced(long orderId, String reference, long cooperativeId, BigDecimal total, String buyerName,
        String city, Payment payment) {
}
