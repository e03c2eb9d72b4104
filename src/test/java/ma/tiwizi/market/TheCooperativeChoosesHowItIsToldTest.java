package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
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
    @Autowired AccountDirectory accounts;

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

    /**
     * The cooperative is told by e-mail (its default with an address); its president also asks for SMS at her own
     * number, in French, and a member asks for e-mail at the cooperative's own address: one e-mail to the
     * cooperative, one SMS to the president, nothing twice. A user of another cooperative who asked for everything
     * hears nothing of it; a disabled account is not told.
     */
    @Test
    void eachUserMayAskToBeToldHerselfNeverTwiceAtOneAddress() throws Exception {
        String email = "team" + UUID.randomUUID().toString().substring(0, 8) + "@coop.example.ma";
        var cooperative = cooperative("تعاونية الفريق", 9L, email);
        long saffron = product(cooperative, "زعفران الفريق", Category.SAFFRON, "90", 5);
        String herMobile = mobile();
        var president = account(cooperative.cooperativeId(), herMobile, null);
        var member = account(cooperative.cooperativeId(), null, email);
        String otherMobile = mobile();
        String otherEmail = "other" + UUID.randomUUID().toString().substring(0, 8) + "@coop.example.ma";
        var stranger = account(cooperative("تعاونية أخرى", 9L, "").cooperativeId(), otherMobile, otherEmail);
        String gone = mobile();
        var disabled = account(cooperative.cooperativeId(), gone, null);

        mvc.perform(get("/notifications/preferences").with(user(president)).param("lang", "ar"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(
                        ma.tiwizi.platform.text.MoroccanPhone.national("+212" + herMobile.substring(1)))))
                .andExpect(content().string(containsString("أخبروني أنا أيضا")));
        mvc.perform(post("/notifications/preferences/personal").with(user(president)).with(csrf())
                .param("channel", "SMS").param("language", "fr"))
                .andExpect(flash().attribute("flash", "notifications.preferences.personalSaved"));
        for (var user : List.of(member, stranger, disabled)) {
            mvc.perform(post("/notifications/preferences/personal").with(user(user)).with(csrf())
                    .param("channel", user == member ? "EMAIL" : user == disabled ? "SMS" : "BOTH"))
                    .andExpect(flash().attribute("flash", "notifications.preferences.personalSaved"));
        }
        jdbc.sql("update accounts_user set enabled = false where id = :id").param("id", disabled.userId()).update();
        // a channel her account cannot reach is refused, and her choice stays what it was
        mvc.perform(post("/notifications/preferences/personal").with(user(member)).with(csrf())
                .param("channel", "SMS")).andExpect(flash().attribute("flashError", "notifications.error.noPhone"));
        mvc.perform(post("/notifications/preferences/personal").with(user(president)).with(csrf())
                .param("channel", "BOTH")).andExpect(flash().attribute("flashError", "notifications.error.noEmail"));
        mvc.perform(post("/notifications/preferences/personal").with(user(president)).with(csrf())
                .param("channel", "PIGEON")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select channel from notifications_personal where account_id = :id")
                .param("id", member.userId()).query(String.class).single()).isEqualTo("EMAIL");
        mvc.perform(get("/notifications/preferences").with(user(member)).param("lang", "ar"))
                .andExpect(content().string(containsString("لا يوجد بعد: أضيفوه في صفحة حسابي")));
        mvc.perform(post("/notifications/preferences/personal").with(user(admin())).with(csrf())
                .param("channel", "BOTH")).andExpect(status().isForbidden());
        mvc.perform(get("/notifications/preferences").with(user(president)).param("lang", "fr"))
                .andExpect(content().string(containsString("id=\"personal-SMS\" value=\"SMS\" checked")));

        order(saffron);
        String international = "+212" + herMobile.substring(1);
        await(() -> mailsTo(email).size() == 1 && texts(international) == 1);
        Thread.sleep(1000);
        assertThat(jdbc.sql("select text from platform_sms where phone = :p").param("p", international)
                .query(String.class).single()).startsWith("Nouvelle commande").contains("/inbox/");
        assertThat(mailsTo(email)).as("the member asked for the cooperative's own address: one e-mail").hasSize(1);
        assertThat(mailsTo(otherEmail)).isEmpty();
        assertThat(texts("+212" + otherMobile.substring(1))).isZero();
        assertThat(texts("+212" + gone.substring(1))).as("a disabled account").isZero();
    }

    private static String mobile() {
        return "06" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    private TiwiziPrincipal account(long cooperative, String phone, String email) {
        String username = "team-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.openInitial(username, "عضوة", "long enough password 1", Role.COOP, cooperative);
        jdbc.sql("update accounts_user set phone = :p, email = :e where id = :id")
                .param("p", phone == null ? null : "+212" + phone.substring(1)).param("e", email).param("id", id)
                .update();
        return new TiwiziPrincipal(id, username, "", "عضوة", Role.COOP, cooperative, true, true);
    }
}
