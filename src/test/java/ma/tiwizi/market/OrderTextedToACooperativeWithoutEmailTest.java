package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import ma.tiwizi.market.orders.CheckoutForm;
import ma.tiwizi.market.orders.Orders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cooperative with no e-mail address but a mobile number is told of its order by SMS (the subject in Arabic and
 * where to read the rest), once; one with neither is told nothing, and the log says so.
 */
class OrderTextedToACooperativeWithoutEmailTest extends MarketTestSupport {

    @Autowired
    Orders orders;

    private long texts(String phone) {
        return jdbc.sql("select count(*) from platform_sms where phone = :p").param("p", phone)
                .query(Long.class).single();
    }

    @Test
    void theOrderReachesThePresidentsPhone() throws Exception {
        var president = cooperative("تعاونية الهاتف", 9L, "");
        String mobile = "06" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        jdbc.sql("update registry_cooperative set phone = :p where id = :id").param("p", mobile)
                .param("id", president.cooperativeId()).update();
        long saffron = product(president, "زعفران الهاتف", Category.SAFFRON, "90", 5);

        var form = new CheckoutForm("مشتر", "0661234598", "أكادير", "حي السلام", "", Payment.CASH_ON_DELIVERY,
                UUID.randomUUID().toString());
        orders.checkout(form, Map.of(saffron, 1));

        String international = "+212" + mobile.substring(1);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (texts(international) == 0) {
            assertThat(System.nanoTime()).as("waited 20 s for the SMS").isLessThan(until);
            Thread.sleep(50);
        }
        String text = jdbc.sql("select text from platform_sms where phone = :p").param("p", international)
                .query(String.class).single();
        assertThat(text).contains("طلب").contains("http");
        Thread.sleep(500);
        assertThat(texts(international)).as("once").isEqualTo(1);
    }
}
