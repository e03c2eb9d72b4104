package ma.tiwizi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.hamcrest.Matchers.containsString;

import java.util.regex.Pattern;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A user who forgot her password gets a code by SMS on the number saved on her account, and chooses a new one; the
 * answer never says whether a number has an account; codes expire, are tried at most 5 times and are used once; a
 * number is sent at most 3 codes an hour; the new password ends every session.
 */
class PasswordRecoveryBySmsTest extends PostgresIntegrationTest {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountDirectory accounts;

    private static String mobile() {
        return "07" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    private TiwiziPrincipal account(String username) {
        long id = asAdmin(() -> accounts.openInitial(username, "فاطمة", "correct-horse-battery", Role.REVIEWER,
                null));
        return new TiwiziPrincipal(id, username, "", "فاطمة", Role.REVIEWER, null, true, true);
    }

    private ResultActions ask(String phone) throws Exception {
        return mvc.perform(post("/password/forgot").with(csrf()).param("phone", phone).param("lang", "ar"));
    }

    private ResultActions reset(String phone, String code, String password) throws Exception {
        return mvc.perform(post("/password/reset").with(csrf()).param("phone", phone).param("code", code)
                .param("newPassword", password));
    }

    private String lastCode(String international) {
        var texts = jdbc.sql("select text from platform_sms where phone = :p and once like 'password-code-%' "
                + "order by id desc").param("p", international).query(String.class).list();
        assertThat(texts).isNotEmpty();
        var matcher = CODE.matcher(texts.getFirst());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private long codesSentTo(String international) {
        return jdbc.sql("select count(*) from platform_sms where phone = :p").param("p", international)
                .query(Long.class).single();
    }

    @Test
    void aCodeBySmsLetsHerChooseANewPasswordAndEndsHerOtherSessions() throws Exception {
        String username = "recover" + uniqueNumber().toLowerCase().replace("-", "");
        var me = account(username);
        String phone = mobile();
        String international = "+212" + phone.substring(1);

        mvc.perform(post("/account/phone").with(user(me)).with(csrf()).param("phone", "0528 12 34 56"))
                .andExpect(flash().attribute("flashError", "accounts.error.mobile"));
        mvc.perform(post("/account/phone").with(user(me)).with(csrf()).param("phone", phone))
                .andExpect(flash().attribute("flash", "accounts.flash.phone"));
        var other = account("other" + uniqueNumber().toLowerCase().replace("-", ""));
        mvc.perform(post("/account/phone").with(user(other)).with(csrf()).param("phone", phone))
                .andExpect(flash().attribute("flashError", "accounts.error.phoneTaken"));
        mvc.perform(get("/account").with(user(me))).andExpect(content().string(containsString(
                ma.tiwizi.platform.text.MoroccanPhone.national(international))));

        mvc.perform(formLogin().user(username).password("correct-horse-battery"));
        assertThat(sessions(username)).isPositive();

        mvc.perform(get("/login").param("lang", "ar")).andExpect(content().string(containsString("/password/forgot")));
        ask(phone).andExpect(redirectedUrl("/password/reset?phone=%2B212" + phone.substring(1)))
                .andExpect(flash().attribute("flash", "accounts.flash.codeSent"));
        String code = lastCode(international);
        assertThat(jdbc.sql("select code_hash from accounts_recovery_code where phone = :p").param("p", international)
                .query(String.class).single()).as("stored hashed").doesNotContain(code);

        String wrong = code.equals("000000") ? "111111" : "000000";
        reset(phone, wrong, "a-new-long-passphrase-2026")
                .andExpect(flash().attribute("flashError", "accounts.error.code"));
        reset(phone, code, "short").andExpect(flash().attributeExists("flashError"));
        reset(phone, code, "a-new-long-passphrase-2026").andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("flash", "accounts.flash.passwordReset"));
        assertThat(sessions(username)).as("every session ended").isZero();
        reset(phone, code, "another-long-passphrase-2026")
                .andExpect(flash().attribute("flashError", "accounts.error.codeExpired"));

        mvc.perform(formLogin().user(username).password("a-new-long-passphrase-2026"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theAnswerIsTheSameForANumberWithoutAccountAndCodesAreLimited() throws Exception {
        String nobody = mobile();
        ask(nobody).andExpect(redirectedUrl("/password/reset?phone=%2B212" + nobody.substring(1)))
                .andExpect(flash().attribute("flash", "accounts.flash.codeSent"));
        assertThat(codesSentTo("+212" + nobody.substring(1))).as("no SMS to a number without account").isZero();
        ask("+33 6 12 34 56 78").andExpect(flash().attribute("flashError", "accounts.error.mobile"));

        String username = "limited" + uniqueNumber().toLowerCase().replace("-", "");
        var me = account(username);
        String phone = mobile();
        String international = "+212" + phone.substring(1);
        mvc.perform(post("/account/phone").with(user(me)).with(csrf()).param("phone", phone));
        for (int i = 0; i < 4; i++) {
            ask(phone).andExpect(flash().attribute("flash", "accounts.flash.codeSent"));
        }
        assertThat(codesSentTo(international)).as("3 codes an hour to one number").isEqualTo(3);

        String code = lastCode(international);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            reset(phone, wrong, "a-new-long-passphrase-2026")
                    .andExpect(flash().attribute("flashError", "accounts.error.code"));
        }
        reset(phone, wrong, "a-new-long-passphrase-2026")
                .andExpect(flash().attribute("flashError", "accounts.error.codeTries"));
        reset(phone, code, "a-new-long-passphrase-2026")
                .andExpect(flash().attribute("flashError", "accounts.error.codeTries"));

        jdbc.sql("update accounts_recovery_code set tries = 0, expires_at = expires_at - interval '11 minutes' "
                + "where phone = :p").param("p", international).update();
        reset(phone, code, "a-new-long-passphrase-2026")
                .andExpect(flash().attribute("flashError", "accounts.error.codeExpired"));
    }

    @Test
    void withoutAPhoneALinkByEmailLetsHerChooseANewPasswordOnce() throws Exception {
        String username = "bymail" + uniqueNumber().toLowerCase().replace("-", "");
        account(username);
        String email = username + "@coop.example.ma";
        jdbc.sql("update accounts_user set email = :e where username = :u").param("e", email).param("u", username)
                .update();
        mvc.perform(formLogin().user(username).password("correct-horse-battery"));
        assertThat(sessions(username)).isPositive();

        ask("NOBODY-" + email).andExpect(flash().attribute("flash", "accounts.flash.linkSent"));
        ask(email.toUpperCase()).andExpect(redirectedUrl("/password/forgot"))
                .andExpect(flash().attribute("flash", "accounts.flash.linkSent"));
        var mails = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
        assertThat(mails).hasSize(1);
        var matcher = Pattern.compile("/password/link/([0-9a-f]{64})")
                .matcher((String) mails.getFirst().getContent());
        assertThat(matcher.find()).isTrue();
        String link = "/password/link/" + matcher.group(1);
        assertThat(jdbc.sql("select count(*) from accounts_recovery_link where token_hash = :t")
                .param("t", matcher.group(1)).query(Long.class).single()).as("the secret is not stored").isZero();

        mvc.perform(get(link).param("lang", "ar")).andExpect(content().string(containsString("newPassword")));
        mvc.perform(post(link).with(csrf()).param("newPassword", "short")).andExpect(redirectedUrl(link))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(link).with(csrf()).param("newPassword", "a-link-chosen-passphrase-2026"))
                .andExpect(redirectedUrl("/login")).andExpect(flash().attribute("flash", "accounts.flash.passwordReset"));
        assertThat(sessions(username)).as("every session ended").isZero();
        mvc.perform(post(link).with(csrf()).param("newPassword", "yet-another-passphrase-2026"))
                .andExpect(flash().attribute("flashError", "accounts.error.linkExpired"));
        mvc.perform(get(link).param("lang", "ar")).andExpect(content().string(containsString(
                "انتهت صلاحية هذا الرابط")));
        mvc.perform(formLogin().user(username).password("a-link-chosen-passphrase-2026")).andExpect(redirectedUrl("/"));
    }

    private long sessions(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
                .query(Long.class).single();
    }
}
