package ma.tiwizi.notifications;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.market.OrderPlaced;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a cooperative that a buyer placed an order with it, with the link to handle it. */
@Component
@RequiredArgsConstructor
class MarketMail {

    private final CooperativeMail mail;

    @ApplicationModuleListener
    void on(OrderPlaced order) {
        mail.send("order-placed:" + order.orderId(), order.cooperativeId(),
                "/market/orders/" + order.orderId(), "notifications.order.subject",
                "notifications.order.body",
                new Object[] {order.reference(), order.buyerName(), order.city(), order.total().toPlainString(),
                        mail.link("/market/orders/" + order.orderId())});
    }
}
