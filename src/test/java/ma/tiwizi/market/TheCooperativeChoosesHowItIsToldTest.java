package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import ma.tiwizi.market.orders.CheckoutForm;
import ma.tiwizi.market.orders.Orders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cooperative with an e-mail address and a mobile number chooses how it is told: both, with its SMS in French, and
 * an order reaches it both ways; SMS only, and the next order comes by SMS alone. Only the cooperative chooses.
 */
class TheCooperativeChoosesHowItIsToldTest extends MarketTestSupport {

    @Autowired Orders orders;



    private long texts(String phone) {
        return jdbc.sql("select count(*) from platform_sms where phone = :p").param("p", phone).query(Long.class)
                .single();
    }

    private void order(long product) {
        orders.checkout(new CheckoutForm("مشتر", "0661234597", "أكادير", "حي السلام", "", Payment.CASH_ON_DELIVERY,
                UUID.randomUUID().toString()), Map.of(product, 1));
    }

    @Test
    void bothThenSmsOnlyInFrench() throws Exception {
        String email = "told" + UUID.randomUUID().toString().substring(0, 8) + "@coop.example.ma";
        var president = cooperative("تعاونية القناة", 9L, email);
        String mobile = "06" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String international = "+212" + mobile.substring(1);
        jdbc.sql("update registry_cooperative set phone = :p where id = :id").param("p", mobile)
                .param("id", president.cooperativeId()).update();
        long saffron = product(president, "زعفران القناة", Category.SAFFRON, "90", 5);

        mvc.perform(get("/notifications/preferences").with(user(president)).param("lang", "fr"))
                .andExpect(status().isOk());
        mvc.perform(post("/notifications/preferences").with(user(president)).with(csrf()).param("channel", "BOTH")
                .param("language", "fr")).andExpect(flash().attribute("flash", "notifications.preferences.saved"));
        mvc.perform(post("/notifications/preferences").with(user(admin())).with(csrf()).param("channel", "EMAIL"))
                .andExpect(status().isForbidden());

        order(saffron);
        await(() -> mailsTo(email).size() == 1 && texts(international) == 1);
        assertThat(jdbc.sql("select text from platform_sms where phone = :p").param("p", international)
                .query(String.class).single()).startsWith("Nouvelle commande");

        mvc.perform(post("/notifications/preferences").with(user(president)).with(csrf()).param("channel", "SMS")
                .param("language", "ar"));
        order(saffron);
        await(() -> texts(international) == 2);
        Thread.sleep(1000);
        assertThat(mailsTo(email)).as("SMS only: no second e-mail").hasSize(1);
    }
}
