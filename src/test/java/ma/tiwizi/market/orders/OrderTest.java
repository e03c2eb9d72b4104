package ma.tiwizi.market.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import ma.tiwizi.market.OrderDelivered;
import ma.tiwizi.market.OrderPlaced;
import ma.tiwizi.market.Payment;
import ma.tiwizi.market.shops.MarketRefused;
import ma.tiwizi.platform.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** An order moves itself on and says when it was placed. */
class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Order placed() {
        var buyer = new CheckoutForm(" فاطمة ", "0612345678", " أكادير ", " حي السلام ", null, Payment.CASH_ON_DELIVERY,
                "key-1");
        return Order.place("C-ABCDEFGH", "key-1", 4, buyer, "+212612345678", List.of(
                new Order.Line(10, "زعفران", new BigDecimal("45.50"), 2, new BigDecimal("91.00")),
                new Order.Line(11, "زيت الأركان", new BigDecimal("120.00"), 1, new BigDecimal("120.00"))), NOW);
    }

    @Test
    void aPlacedOrderTotalsItsLinesInOrderAndTellsTheCooperativeOnce() {
        var order = placed();
        ReflectionTestUtils.setField(order, "id", 99L);

        assertThat(order.total()).isEqualByComparingTo("211.00");
        assertThat(order.lines()).extracting(Order.Line::productId).containsExactly(10L, 11L);
        assertThat(order.buyerName()).isEqualTo("فاطمة");
        assertThat(order.events()).containsExactly(new OrderPlaced(99, "C-ABCDEFGH", 4, new BigDecimal("211.00"),
                "فاطمة", "أكادير", Payment.CASH_ON_DELIVERY));
        order.eventsPublished();
        assertThat(order.events()).isEmpty();
    }

    @Test
    void itMovesOnlyAsItsStatusAllowsAndOnlyFromTheVersionTheCooperativeSaw() {
        var order = placed();
        ReflectionTestUtils.setField(order, "id", 99L);
        ReflectionTestUtils.setField(order, "version", 3);
        order.eventsPublished();

        assertThatThrownBy(() -> order.move(OrderStatus.CONFIRMED, 2, null, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> order.move(OrderStatus.DELIVERED, 3, null, NOW))
                .isInstanceOf(MarketRefused.class);

        order.move(OrderStatus.CANCELLED, 3, "نفد المخزون", NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancelReason()).isEqualTo("نفد المخزون");
        assertThat(order.events()).isEmpty();
    }

    @Test
    void aDeliveredOrderTellsTheCooperativesJournalOfTheSaleOnce() {
        var order = placed();
        ReflectionTestUtils.setField(order, "id", 99L);
        ReflectionTestUtils.setField(order, "version", 0);
        order.eventsPublished();
        order.move(OrderStatus.CONFIRMED, 0, null, NOW);
        ReflectionTestUtils.setField(order, "version", 1);
        order.move(OrderStatus.SHIPPED, 1, null, NOW);
        assertThat(order.events()).as("only the delivery is money").isEmpty();
        ReflectionTestUtils.setField(order, "version", 2);
        order.move(OrderStatus.DELIVERED, 2, null, NOW.plusSeconds(60));

        assertThat(order.events()).containsExactly(new OrderDelivered(99, "C-ABCDEFGH", 4,
                new BigDecimal("211.00"), Payment.CASH_ON_DELIVERY, NOW.plusSeconds(60)));
        order.eventsPublished();
        assertThat(order.events()).isEmpty();
    }
}
