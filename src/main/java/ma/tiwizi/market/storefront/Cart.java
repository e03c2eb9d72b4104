package ma.tiwizi.market.storefront;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The buyer's cart, kept in their session: product id → quantity, in the order products were added. */
final class Cart implements Serializable {

    private static final String ATTRIBUTE = "market.cart";
    static final int MAX_LINES = 50;

    private final LinkedHashMap<Long, Integer> lines = new LinkedHashMap<>();

    static Cart of(HttpSession session) {
        if (session.getAttribute(ATTRIBUTE) instanceof Cart cart) {
            return cart;
        }
        var cart = new Cart();
        session.setAttribute(ATTRIBUTE, cart);
        return cart;
    }

    /** Stores the cart back (sessions kept in the database save what is set, not what is changed in place). */
    void save(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    void set(long product, int quantity) {
        if (quantity <= 0) {
            lines.remove(product);
        } else if (lines.containsKey(product) || lines.size() < MAX_LINES) {
            lines.put(product, quantity);
        }
    }

    void add(long product, int quantity) {
        set(product, lines.getOrDefault(product, 0) + quantity);
    }

    void clear() {
        lines.clear();
    }

    Map<Long, Integer> lines() {
        return Map.copyOf(lines);
    }

    LinkedHashMap<Long, Integer> ordered() {
        return new LinkedHashMap<>(lines);
    }

    int count() {
        return lines.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }
}
