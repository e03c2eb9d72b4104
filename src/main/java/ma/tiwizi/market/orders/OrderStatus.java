package ma.tiwizi.market.orders;

import java.util.Set;

/** Where an order is: the cooperative confirms, ships and delivers it, or cancels it before it ships. */
public enum OrderStatus {
    NEW, CONFIRMED, SHIPPED, DELIVERED, CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case NEW -> Set.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> Set.of(SHIPPED, CANCELLED);
            case SHIPPED -> Set.of(DELIVERED);
            case DELIVERED, CANCELLED -> Set.of();
        };
    }

    /** Whether the order counts as a sale (everything but a cancellation). */
    public boolean sale() {
        return this != CANCELLED;
    }
}
