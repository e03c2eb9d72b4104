package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import ma.tiwizi.market.Payment;
import ma.tiwizi.market.orders.CheckoutForm;
import ma.tiwizi.market.orders.Orders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * A notification whose sending failed (here: an address the mail library refuses) is sent when its event is handed
 * to the listener again, and only once, however many times it is handed again.
 */
class NotificationsAfterAFailureTest extends MarketTestSupport {

    @Autowired
    Orders orders;

    @Autowired
    IncompleteEventPublications incomplete;



    private String status(long order) {
        return jdbc.sql("""
                select status from event_publication where listener_id like '%MarketMail%'
                and serialized_event like :order""").param("order", "%\"orderId\":" + order + ",%")
                .query(String.class).optional().orElse("");
    }

    @Test
    void anOrderEmailThatFailedIsSentOnceWhenItsEventIsHandedAgain() throws Exception {
        String email = "once" + UUID.randomUUID().toString().substring(0, 8) + "@coop.example.ma";
        var president = cooperative("تعاونية الإعادة", 9L, email);
        long saffron = product(president, "زعفران الإعادة", Category.SAFFRON, "90", 5);
        jdbc.sql("update registry_cooperative set email = 'not an address <<' where id = :id")
                .param("id", president.cooperativeId()).update();

        var form = new CheckoutForm("مشتر", "0661234599", "أكادير", "حي السلام", "", Payment.CASH_ON_DELIVERY,
                UUID.randomUUID().toString());
        orders.checkout(form, Map.of(saffron, 1));
        long order = jdbc.sql("select id from market_order where checkout_key = :k").param("k", form.checkoutKey())
                .query(Long.class).single();
        await(() -> status(order).equals("FAILED"));
        assertThat(mailsTo(email)).isEmpty();

        jdbc.sql("update registry_cooperative set email = :e where id = :id").param("e", email)
                .param("id", president.cooperativeId()).update();
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        await(() -> status(order).equals("COMPLETED"));
        assertThat(mailsTo(email)).hasSize(1);

        // the same event handed over once more (a node died after sending, before marking it handled)
        jdbc.sql("""
                update event_publication set status = 'FAILED', completion_date = null
                where listener_id like '%MarketMail%' and serialized_event like :order""")
                .param("order", "%\"orderId\":" + order + ",%").update();
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        await(() -> status(order).equals("COMPLETED"));
        Thread.sleep(300);
        assertThat(mailsTo(email)).hasSize(1);
    }
}
