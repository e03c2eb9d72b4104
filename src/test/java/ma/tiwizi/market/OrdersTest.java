package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.tiwizi.market.Payment;
import ma.tiwizi.market.orders.CheckoutForm;
import ma.tiwizi.market.orders.Orders;
import ma.tiwizi.market.shops.MarketRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class OrdersTest extends MarketTestSupport {

    @Autowired
    Orders orders;

    @Test
    void aGuestCartAcrossTwoCooperativesBecomesTwoOrdersThatEachCooperativeMovesOn() throws Exception {
        String email = "shop-" + uniqueNumber().toLowerCase() + "@example.ma";
        var argan = cooperative("تعاونية أركان الطلبات", 9L, email);
        var honey = cooperative("تعاونية عسل الطلبات", 1L, "");
        long oil = product(argan, "زيت أركان للطلب", Category.ARGAN_OIL, "180.50", 5);
        long jar = product(honey, "عسل للطلب", Category.HONEY, "120", 2);

        Cookie session = mvc.perform(post("/shop/cart").with(csrf()).param("product", String.valueOf(oil))
                .param("quantity", "2")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getCookie("SESSION");
        assertThat(session).as("the cart lives in a session").isNotNull();
        mvc.perform(post("/shop/cart").with(csrf()).cookie(session).param("product", String.valueOf(jar)));
        mvc.perform(get("/shop/cart").cookie(session))
                .andExpect(content().string(containsString("زيت أركان للطلب")))
                .andExpect(content().string(containsString("481,00 درهم")));

        String key = UUID.randomUUID().toString();
        mvc.perform(checkout(session, key, "12345"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"درب السلام 12\"")))
                .andExpect(content().string(containsString("value=\"12345\"")));
        mvc.perform(post("/shop/cart/update").with(csrf()).cookie(session).param("product", String.valueOf(jar))
                .param("quantity", "3"));
        mvc.perform(checkout(session, key, "0661234567"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("لم يبق من «عسل للطلب» إلا 2")));
        assertThat(stock(oil)).isEqualTo(5);
        assertThat(stock(jar)).isEqualTo(2);

        mvc.perform(post("/shop/cart/update").with(csrf()).cookie(session).param("product", String.valueOf(jar))
                .param("quantity", "1"));
        mvc.perform(checkout(session, key, "0661234567")).andExpect(status().is3xxRedirection());
        mvc.perform(checkout(session, key, "0661234567")).andExpect(status().is3xxRedirection());
        var placed = orders.placed(key);
        assertThat(placed).hasSize(2);
        assertThat(placed).extracting(Orders.Placed::total).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("361.00"), new BigDecimal("120.00"));
        assertThat(stock(oil)).isEqualTo(3);
        assertThat(stock(jar)).isEqualTo(1);
        mvc.perform(get("/shop/orders/placed").param("key", key))
                .andExpect(content().string(containsString(placed.get(0).reference())))
                .andExpect(content().string(containsString("حولوا المبلغ إلى")));

        String reference = placed.stream().filter(p -> p.cooperativeId() == argan.cooperativeId()).findFirst()
                .orElseThrow().reference();
        mvc.perform(post("/shop/track").with(csrf()).param("reference", reference).param("phone", "0699999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("لا توجد طلبية بهذا المرجع وهذا الرقم")));
        mvc.perform(post("/shop/track").with(csrf()).param("reference", reference).param("phone", "+212 661-234567"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"status\">جديدة")));

        long order = jdbc.sql("select id from market_order where reference = :r").param("r", reference)
                .query(Long.class).single();
        mvc.perform(get("/market/orders/" + order).with(user(honey))).andExpect(status().isForbidden());
        mvc.perform(post("/market/orders/" + order + "/status").with(user(honey)).with(csrf())
                .param("target", "CONFIRMED").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/market/orders").with(user(argan)))
                .andExpect(content().string(containsString(reference)));
        mvc.perform(post("/market/orders/" + order + "/status").with(user(argan)).with(csrf())
                .param("target", "DELIVERED").param("version", "0"));
        mvc.perform(post("/market/orders/" + order + "/status").with(user(argan)).with(csrf())
                .param("target", "CONFIRMED").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/shop/track").with(csrf()).param("reference", reference.toLowerCase())
                        .param("phone", "0661234567"))
                .andExpect(content().string(containsString("id=\"status\">مؤكدة")));
        mvc.perform(get("/market/sales").with(user(argan)))
                .andExpect(content().string(containsString("361,00 درهم")));
        // cancelling is never one tap: the direct move is refused, the confirmation page asks for a reason
        mvc.perform(post("/market/orders/" + order + "/status").with(user(argan)).with(csrf())
                .param("target", "CANCELLED").param("version", "1"))
                .andExpect(flash().attribute("flashError", "market.error.cancelReason"));
        assertThat(stock(oil)).as("nothing given back before a confirmed cancellation").isEqualTo(3);
        mvc.perform(get("/market/orders/" + order).with(user(argan)))
                .andExpect(content().string(containsString("href=\"/market/orders/" + order + "/cancel\"")))
                .andExpect(content().string(not(containsString("value=\"CANCELLED\""))));
        mvc.perform(get("/market/orders/" + order + "/cancel").with(user(argan)))
                .andExpect(content().string(containsString("id=\"reason\"")));
        mvc.perform(post("/market/orders/" + order + "/cancel").with(user(argan)).with(csrf())
                        .param("reason", "  ").param("version", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اكتب سبب الإلغاء")));
        mvc.perform(post("/market/orders/" + order + "/cancel").with(user(argan)).with(csrf())
                        .param("reason", "نفد الزيت من المعصرة").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(stock(oil)).isEqualTo(5);
        mvc.perform(post("/shop/track").with(csrf()).param("reference", reference).param("phone", "0661234567"))
                .andExpect(content().string(containsString("سبب الإلغاء: نفد الزيت من المعصرة")));

        for (int i = 0; i < 100 && mailsTo(email).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(mailsTo(email)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("طلبية جديدة " + reference);
            assertThat((String) mail.getContent()).contains("/market/orders/" + order);
        });
    }

    private static MockHttpServletRequestBuilder checkout(Cookie session, String key, String phone) {
        return post("/shop/checkout").with(csrf()).cookie(session).param("checkoutKey", key)
                .param("name", "سعيد المشتري").param("phone", phone).param("city", "أكادير")
                .param("address", "درب السلام 12").param("payment", "BANK_TRANSFER");
    }

    @Test
    void buyersRacingForTheLastUnitsNeverGetMoreThanTheStock() throws Exception {
        var president = cooperative("تعاونية آخر الوحدات", 9L, "");
        long saffron = product(president, "زعفران نادر", Category.SAFFRON, "300", 3);
        int buyers = 10;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(buyers);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            var form = new CheckoutForm("مشتر " + i, "06612345" + (10 + i), "مراكش", "حي " + i, "",
                    Payment.CASH_ON_DELIVERY, UUID.randomUUID().toString());
            results.add(pool.submit(() -> {
                start.await();
                try {
                    orders.checkout(form, Map.of(saffron, 1));
                    return true;
                } catch (MarketRefused soldOut) {
                    return false;
                }
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (var result : results) {
            succeeded += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(3);
        assertThat(stock(saffron)).isZero();
        assertThat(jdbc.sql("select count(*) from market_order_line where product_id = :p").param("p", saffron)
                .query(Long.class).single()).isEqualTo(3);
    }

}
