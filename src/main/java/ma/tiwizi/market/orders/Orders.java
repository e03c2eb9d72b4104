package ma.tiwizi.market.orders;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.market.Payment;
import ma.tiwizi.market.shops.MarketRefused;
import ma.tiwizi.market.shops.Texts;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.text.MoroccanPhone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guest orders. A cart across cooperatives becomes one order per cooperative, all or nothing: each line takes its
 * quantity from the stock with one conditional update, so two buyers can never both get the last unit and stock never
 * goes below zero. A buyer follows an order with its reference and phone number; the cooperative moves it on.
 */
@Service
@RequiredArgsConstructor
public class Orders {

    private static final Queries SQL = Queries.of("market");

    public static final int MAX_QUANTITY = 999;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final OrderRepository orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Line(long productId, String name, BigDecimal unitPrice, int quantity, BigDecimal amount) {
    }

    public record OrderView(long id, String reference, long cooperativeId, String buyerName, String buyerPhone,
            String city, String address, String note, Payment payment, OrderStatus status, BigDecimal total,
            Instant placedAt, int version, List<Line> lines, String cancelReason) {

        public String phoneNational() {
            return MoroccanPhone.national(buyerPhone);
        }
    }

    /** A product on sale as the buyer's cart reads it, named in the buyer's language. */
    private record Offered(long cooperativeId, String name, BigDecimal price) {
    }

    /** A placed order as the buyer's confirmation page shows it, with where to pay when paying by transfer. */
    public record Placed(String reference, long cooperativeId, String shopAr, String shopLatin, BigDecimal total,
            Payment payment, String bankName, String bankAccount) {
        public String shop(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? shopAr : shopLatin;
        }
    }

    /**
     * Places the cart (product id → quantity) as one order per cooperative. Refused as a whole, reserving nothing,
     * when a product is gone or has too little stock. A second submit with the same checkout key returns the orders
     * the first placed.
     */
    @Transactional
    public List<Placed> checkout(CheckoutForm form, Map<Long, Integer> cart) {
        var already = placed(form.checkoutKey());
        if (!already.isEmpty()) {
            return already;
        }
        if (cart == null || cart.isEmpty()) {
            throw new MarketRefused("market.error.emptyCart", null);
        }
        String phone = MoroccanPhone.normalize(form.phone())
                .orElseThrow(() -> new MarketRefused("platform.error.phone", "phone"));
        var byCooperative = new LinkedHashMap<Long, List<Order.Line>>();
        // in product order, so two carts never lock the same rows in opposite orders
        for (var entry : new TreeMap<>(cart).entrySet()) {
            int quantity = entry.getValue() == null ? 0 : entry.getValue();
            if (quantity < 1 || quantity > MAX_QUANTITY) {
                throw new MarketRefused("market.error.quantity", null, MAX_QUANTITY);
            }
            var product = jdbc.sql(SQL.get("Orders.productsOrdered")).param("id", entry.getKey())
                    .query((rs, n) -> new Offered(rs.getLong(1), Texts.inLanguage(LocaleContextHolder.getLocale(),
                            rs.getString(2), rs.getString(3), rs.getString(4)), rs.getBigDecimal(5)))
                    .optional().orElseThrow(() -> new MarketRefused("market.error.productGone", null));
            int taken = jdbc.sql(SQL.get("Orders.takeStock"))
                    .param("q", quantity).param("id", entry.getKey()).update();
            if (taken == 0) {
                int left = jdbc.sql(SQL.get("Orders.stockLeft")).param("id", entry.getKey())
                        .query(Integer.class).single();
                throw new MarketRefused("market.error.stock.left", null, product.name(), left);
            }
            byCooperative.computeIfAbsent(product.cooperativeId(), c -> new ArrayList<>()).add(new Order.Line(
                    entry.getKey(), product.name(), product.price(), quantity,
                    product.price().multiply(BigDecimal.valueOf(quantity))));
        }
        Instant now = clock.instant();
        byCooperative.forEach((cooperative, lines) -> orders.save(Order.place(newReference(), form.checkoutKey(),
                cooperative, form, phone, lines, now)));
        return placed(form.checkoutKey());
    }

    /** The orders a checkout placed (empty if none). */
    @Transactional(readOnly = true)
    public List<Placed> placed(String checkoutKey) {
        return jdbc.sql(SQL.get("Orders.placed")).param("key", checkoutKey).query(Placed.class).list();
    }

    /** An order found by its reference and the buyer's phone; both must match, so orders can't be enumerated. */
    @Transactional(readOnly = true)
    public Optional<OrderView> track(String reference, String phone) {
        var normalized = MoroccanPhone.normalize(phone);
        if (reference == null || normalized.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(SQL.get("Orders.track"))
                .param("ref", reference.strip().toUpperCase(Locale.ROOT)).param("phone", normalized.get())
                .query(Long.class).optional().map(this::view);
    }

    /** The cooperative's own orders, newest first, optionally of one status. */
    @CooperativeOnly
    @Transactional(readOnly = true)
    public PageOf<OrderView> mine(OrderStatus status, int page) {
        long cooperative = CurrentUser.require().cooperativeId();
        int size = PageOf.DEFAULT_SIZE;
        var params = Map.<String, Object>of("c", cooperative, "status", status == null ? "" : status.name());
        long total = jdbc.sql(SQL.get("Orders.count")).params(params).query(Long.class).single();
        var orders = jdbc.sql(SQL.get("Orders.mine")).params(params).param("size", size)
                .param("off", PageOf.offset(page, size)).query((rs, n) -> order(rs, List.of())).list();
        return new PageOf<>(orders, page, size, total);
    }

    /** How many of the cooperative's orders are in each status. */
    @CooperativeOnly
    @Transactional(readOnly = true)
    public Map<OrderStatus, Integer> counts() {
        long cooperative = CurrentUser.require().cooperativeId();
        var counts = new EnumMap<OrderStatus, Integer>(OrderStatus.class);
        for (var status : OrderStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql(SQL.get("Orders.counts"))
                .param("c", cooperative).query(rs -> {
                    counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    @PreAuthorize("@marketAccess.ownsOrder(#id)")
    @Transactional(readOnly = true)
    public OrderView own(long id) {
        return view(id);
    }

    /** Moves an order on (confirm, ship, deliver, cancel); a cancellation puts the quantities back in stock. */
    @Transactional
    @PreAuthorize("@marketAccess.ownsOrder(#id)")
    public void move(long id, OrderStatus target, int version) {
        if (target == OrderStatus.CANCELLED) {
            // cancelling takes a reason the buyer will read: only through cancel()
            throw new MarketRefused("market.error.cancelReason", "reason");
        }
        transition(id, target, version, null);
    }

    /** Cancels an order, with the reason the buyer reads when following it; the stock comes back. */
    @Transactional
    @PreAuthorize("@marketAccess.ownsOrder(#id)")
    public void cancel(long id, int version, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new MarketRefused("market.error.cancelReason", "reason");
        }
        transition(id, OrderStatus.CANCELLED, version, reason.strip());
    }

    private void transition(long id, OrderStatus target, int version, String reason) {
        var order = orders.findById(id).orElseThrow(() -> new NotFoundException("order", id));
        order.move(target, version, reason, clock.instant());
        orders.save(order);
        if (target == OrderStatus.CANCELLED) {
            // the stock is the products': it comes back with one update per line
            for (var line : order.lines()) {
                jdbc.sql(SQL.get("Orders.transition")).param("q", line.quantity())
                        .param("p", line.productId()).update();
            }
        }
        events.publishEvent(Audited.by(target.name().toLowerCase(Locale.ROOT), "order", id,
                order.reference() + (reason == null ? "" : ": " + reason)));
    }

    private OrderView view(long id) {
        var o = orders.findById(id).orElseThrow(() -> new NotFoundException("order", id));
        return new OrderView(o.id(), o.reference(), o.cooperativeId(), o.buyerName(), o.buyerPhone(), o.city(),
                o.address(), o.note(), o.payment(), o.status(), o.total(), o.placedAt(), o.version(),
                o.lines().stream().map(l -> new Line(l.productId(), l.name(), l.unitPrice(), l.quantity(),
                        l.amount())).toList(), o.cancelReason());
    }

    /** A row of the cooperative's list: the order without its lines. */
    private static OrderView order(ResultSet rs, List<Line> lines) throws SQLException {
        return new OrderView(rs.getLong("id"), rs.getString("reference"), rs.getLong("cooperative_id"),
                rs.getString("buyer_name"), rs.getString("buyer_phone"), rs.getString("city"), rs.getString("address"),
                rs.getString("note"), Payment.valueOf(rs.getString("payment")),
                OrderStatus.valueOf(rs.getString("status")), rs.getBigDecimal("total"),
                rs.getTimestamp("placed_at").toInstant(), rs.getInt("version"), lines, rs.getString("cancel_reason"));
    }

    private static String newReference() {
        var reference = new StringBuilder("C-");
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
