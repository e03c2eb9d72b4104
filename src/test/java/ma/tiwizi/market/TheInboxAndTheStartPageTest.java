package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import ma.tiwizi.market.orders.CheckoutForm;
import ma.tiwizi.market.orders.Orders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What reaches a cooperative waits in its inbox too, counted unread in the header; the SMS carries the notice's short
 * link, which opens the order and marks it read; another cooperative cannot open it. The start page lists the orders
 * to confirm, and an order confirmed leaves it.
 */
class TheInboxAndTheStartPageTest extends MarketTestSupport {

    @Autowired Orders orders;

    @Test
    void anOrderIsANoticeAndATask() throws Exception {
        var president = cooperative("تعاونية الصندوق", 9L, "");
        var other = cooperative("تعاونية أخرى", 9L, "");
        String mobile = "06" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        jdbc.sql("update registry_cooperative set phone = :p where id = :id").param("p", mobile)
                .param("id", president.cooperativeId()).update();
        long saffron = product(president, "زعفران الصندوق", Category.SAFFRON, "90", 5);

        mvc.perform(get("/").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(not(containsString("طلبية جديدة"))))
                .andExpect(content().string(not(containsString("id=\"unread\""))));

        var placed = orders.checkout(new CheckoutForm("مشتر", "0661234596", "أكادير", "حي السلام", "",
                Payment.CASH_ON_DELIVERY, UUID.randomUUID().toString()), Map.of(saffron, 1));
        long order = jdbc.sql("select id from market_order where cooperative_id = :c").param("c",
                president.cooperativeId()).query(Long.class).single();
        await(() -> jdbc.sql("select count(*) from notifications_inbox where cooperative_id = :c")
                .param("c", president.cooperativeId()).query(Long.class).single() == 1);
        long notice = jdbc.sql("select id from notifications_inbox where cooperative_id = :c")
                .param("c", president.cooperativeId()).query(Long.class).single();
        await(() -> jdbc.sql("select count(*) from platform_sms where phone = :p").param("p", "+212"
                + mobile.substring(1)).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select text from platform_sms where phone = :p").param("p", "+212" + mobile.substring(1))
                .query(String.class).single()).as("the SMS carries the notice's short link")
                .endsWith("/inbox/" + notice);

        mvc.perform(get("/").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("<span class=\"badge text-bg-danger\" id=\"unread\" aria-hidden=\"true\">1</span>")))
                .andExpect(content().string(containsString("طلبية جديدة واحدة للتأكيد")))
                .andExpect(content().string(containsString("href=\"/market/orders?status=NEW\"")));
        mvc.perform(get("/inbox").with(user(president)).param("lang", "fr"))
                .andExpect(content().string(containsString("id=\"notice-" + notice + "\"")))
                .andExpect(content().string(containsString("data-read=\"no\"")));
        mvc.perform(get("/inbox").with(user(other))).andExpect(content().string(containsString("id=\"no-notices\"")));
        mvc.perform(get("/inbox/" + notice).with(user(other))).andExpect(status().isNotFound());

        mvc.perform(get("/inbox/" + notice).with(user(president)))
                .andExpect(redirectedUrl("/market/orders/" + order));
        mvc.perform(get("/inbox").with(user(president)).param("lang", "fr"))
                .andExpect(content().string(containsString("data-read=\"yes\"")))
                .andExpect(content().string(not(containsString("id=\"unread\""))));

        int version = jdbc.sql("select version from market_order where id = :id").param("id", order)
                .query(Integer.class).single();
        mvc.perform(post("/market/orders/" + order + "/status").with(user(president)).with(csrf())
                .param("target", "CONFIRMED").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(not(containsString("طلبية جديدة"))));
        assertThat(placed).isNotNull();
    }
}
