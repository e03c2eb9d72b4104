package ma.tiwizi.market.orders;

import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.market.OrderPlaced;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Counts the orders placed on the storefront (once committed), for {@code /actuator/prometheus}. */
@Component
@RequiredArgsConstructor
class OrderCounters {

    private final MeterRegistry meters;

    @TransactionalEventListener
    void on(OrderPlaced placed) {
        meters.counter("tiwizi.orders.placed").increment();
    }
}
