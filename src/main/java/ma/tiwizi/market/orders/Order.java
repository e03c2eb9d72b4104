package ma.tiwizi.market.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ma.tiwizi.market.OrderDelivered;
import ma.tiwizi.market.OrderPlaced;
import ma.tiwizi.market.Payment;
import ma.tiwizi.market.shops.MarketRefused;
import ma.tiwizi.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A buyer's order to one cooperative with its lines. It moves only as {@link OrderStatus} allows, from the version the
 * cooperative saw; a cancellation keeps the reason the buyer reads. When placed it tells the cooperative.
 */
@Table("market_order")
class Order {

    @Id
    private Long id;
    private String reference;
    private String checkoutKey;
    private Long cooperativeId;
    private String buyerName;
    private String buyerPhone;
    private String city;
    private String address;
    private String note;
    private Payment payment;
    private OrderStatus status;
    private BigDecimal total;
    private Instant placedAt;
    private Instant updatedAt;
    private String cancelReason;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "order_id", keyColumn = "line")
    private Map<Integer, Line> lines = new TreeMap<>();
    @Transient
    private boolean justPlaced;
    @Transient
    private boolean justDelivered;

    /** A line: the product's name and price as they were when the order was placed. */
    @Table("market_order_line")
    record Line(long productId, String name, BigDecimal unitPrice, int quantity, BigDecimal amount) {
    }

    Order() {
    }

    /** Places an order of {@code lines} (numbered from 1, in the order given) at the buyer's request. */
    static Order place(String reference, String checkoutKey, long cooperativeId, CheckoutForm buyer, String phone,
            List<Line> lines, Instant now) {
        var order = new Order();
        order.reference = reference;
        order.checkoutKey = checkoutKey;
        order.cooperativeId = cooperativeId;
        order.buyerName = buyer.name().strip();
        order.buyerPhone = phone;
        order.city = buyer.city().strip();
        order.address = buyer.address().strip();
        order.note = buyer.note() == null ? "" : buyer.note().strip();
        order.payment = buyer.payment();
        order.status = OrderStatus.NEW;
        for (var line : lines) {
            order.lines.put(order.lines.size() + 1, line);
        }
        order.total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        order.placedAt = now;
        order.updatedAt = now;
        order.justPlaced = true;
        return order;
    }

    /**
     * Moves the order on from the version the cooperative saw: a stale page is a conflict, a move its status does
     * not allow a refusal. A cancellation keeps its reason.
     */
    void move(OrderStatus target, int seenVersion, String reason, Instant now) {
        if (version != seenVersion) {
            throw new ConflictException("platform.error.stale", null);
        }
        if (!status.next().contains(target)) {
            throw new MarketRefused("market.error.orderMove", null);
        }
        status = target;
        cancelReason = reason;
        updatedAt = now;
        justDelivered = target == OrderStatus.DELIVERED;
    }

    /**
     * The event is built when Spring Data publishes it, after the insert gave the order its id (an event registered
     * in {@link #place} would carry none).
     */
    @DomainEvents
    List<Object> events() {
        if (justPlaced) {
            return List.of(new OrderPlaced(id, reference, cooperativeId, total, buyerName, city, payment));
        }
        return justDelivered ? List.of(new OrderDelivered(id, reference, cooperativeId, total, payment, updatedAt))
                : List.of();
    }

    @AfterDomainEventPublication
    void eventsPublished() {
        justPlaced = false;
        justDelivered = false;
    }

    List<Line> lines() {
        return List.copyOf(new TreeMap<>(lines).values());
    }

    Long id() { return id; }
    String reference() { return reference; }
    Long cooperativeId() { return cooperativeId; }
    String buyerName() { return buyerName; }
    String buyerPhone() { return buyerPhone; }
    String city() { return city; }
    String address() { return address; }
    String note() { return note; }
    Payment payment() { return payment; }
    OrderStatus status() { return status; }
    BigDecimal total() { return total; }
    Instant placedAt() { return placedAt; }
    String cancelReason() { return cancelReason; }
    Integer version() { return version; }
}
