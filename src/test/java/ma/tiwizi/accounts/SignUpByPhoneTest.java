package ma.tiwizi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Pattern;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.registry.CooperativeBuilder;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A president creates her own account from the sign-in page: bad input is refused with its reason beside the field,
 * what she typed kept and nothing stored; a code by SMS proves her phone; when the registry holds that phone for her
 * cooperative the account opens at once, linked, and she signs in with her number; otherwise the request waits in the
 * committee's queue (and inbox) until an administrator approves it. Codes expire, are tried at most 5 times; a number
 * gets at most 3 codes an hour.
 */
class SignUpByPhoneTest extends PostgresIntegrationTest {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");
    private static final String PASSWORD = "zaafran taliouine 2026 tiwizi";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private static String mobile() {
        return "06" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    private String cooperative(String phone) {
        String number = uniqueNumber();
        register(CooperativeBuilder.aCooperative("تعاونية التسجيل", number).latin("Sign-up coop")
                .createdOn(LocalDate.of(2021, 3, 1)).in(9L).in(Sector.SAFFRON).reachedAt(phone, "")
                .presidedBy("فاطمة", Sex.F, 1985).members(7, 0, 3, 0).form());
        return number;
    }

    private ResultActions signUp(String name, String phone, String number, String newCooperative) throws Exception {
        return mvc.perform(post("/signup").with(csrf()).param("lang", "ar").param("fullName", name)
                .param("phone", phone).param("registrationNumber", number).param("newCooperative", newCooperative)
                .param("password", PASSWORD));
    }

    private String token(ResultActions started) {
        String location = started.andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/signup/");
        return location.substring("/signup/".length());
    }

    private String code(String phone) {
        var texts = jdbc.sql("select text from platform_sms where phone = :p and once like 'signup-code-%' "
                + "order by id desc").param("p", "+212" + phone.substring(1)).query(String.class).list();
        assertThat(texts).isNotEmpty();
        var matcher = CODE.matcher(texts.getFirst());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private long requests(String phone) {
        return jdbc.sql("select count(*) from accounts_signup where phone = :p").param("p", "+212" + phone.substring(1))
                .query(Long.class).single();
    }

    @Test
    void thePhoneTheRegistryHoldsOpensTheAccountAtOnce() throws Exception {
        String phone = mobile();
        String number = cooperative(phone);
        mvc.perform(get("/login").param("lang", "ar")).andExpect(content().string(containsString("href=\"/signup\"")));
        mvc.perform(get("/signup").param("lang", "ar")).andExpect(status().isOk())
                .andExpect(content().string(containsString("أنشئوا حساب تعاونيتكم")));

        signUp("فاطمة الزهراء", "0528 85 12 34", number, "").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اكتبوا رقم هاتف محمول مغربي")))
                .andExpect(content().string(containsString("value=\"فاطمة الزهراء\"")));
        signUp("فاطمة الزهراء", phone, "9999-NOT-" + uniqueNumber(), "").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("لا توجد تعاونية مسجلة")));
        signUp("فاطمة الزهراء", phone, "", "").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اكتبوا رقم تسجيل تعاونيتكم")));
        assertThat(requests(phone)).as("nothing kept from refused forms").isZero();

        String token = token(signUp("فاطمة الزهراء", phone, number, "")
                .andExpect(flash().attribute("flash", "accounts.flash.signUpCodeSent")));
        mvc.perform(get("/signup/" + token).param("lang", "ar")).andExpect(status().isOk())
                .andExpect(content().string(containsString(MoroccanPhone.national("+212" + phone.substring(1)))));
        String code = code(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        mvc.perform(post("/signup/" + token).with(csrf()).param("code", wrong))
                .andExpect(flash().attribute("flashError", "accounts.error.code"));
        mvc.perform(post("/signup/" + token).with(csrf()).param("code", code)).andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("flash", "accounts.flash.signedUp"));
        mvc.perform(post("/signup/" + token).with(csrf()).param("code", code))
                .andExpect(flash().attribute("flashError", "accounts.error.codeExpired"));

        long cooperative = jdbc.sql("select id from registry_cooperative where registration_number = :n")
                .param("n", number).query(Long.class).single();
        assertThat(jdbc.sql("select cooperative_id from accounts_user where username = :u").param("u", phone)
                .query(Long.class).single()).isEqualTo(cooperative);
        assertThat(jdbc.sql("select phone from accounts_user where username = :u").param("u", phone)
                .query(String.class).single()).isEqualTo("+212" + phone.substring(1));
        mvc.perform(formLogin("/login").user(phone).password(PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(MoroccanPhone.national("+212" + phone.substring(1))).password(PASSWORD))
                .andExpect(authenticated());

        signUp("أخرى", phone, number, "").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("لحساب آخر هذا الرقم من قبل")));
    }

    @Test
    void aPhoneTheRegistryDoesNotHoldWaitsForTheCommittee() throws Exception {
        String number = cooperative("0612000000");
        String phone = mobile();
        String token = token(signUp("خديجة", phone, number, ""));
        mvc.perform(post("/signup/" + token).with(csrf()).param("code", code(phone)))
                .andExpect(flash().attribute("flash", "accounts.flash.signUpWaiting"));
        assertThat(jdbc.sql("select count(*) from accounts_user where username = :u").param("u", phone)
                .query(Long.class).single()).as("no account before the committee approves").isZero();
        long request = jdbc.sql("select id from accounts_signup where token = :t").param("t", token)
                .query(Long.class).single();

        mvc.perform(get("/admin/signups").with(user(coop(1)))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/signups/" + request + "/approve").with(user(coop(1))).with(csrf())
                .param("registrationNumber", number)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/signups").with(user(admin())).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"signup-" + request + "\"")))
                .andExpect(content().string(containsString("06 12 00 00 00")));
        mvc.perform(get("/").with(user(admin())).param("lang", "ar"))
                .andExpect(content().string(containsString("href=\"/admin/signups\"")));
        long deadline = System.currentTimeMillis() + 20_000;
        while (jdbc.sql("select count(*) from notifications_inbox where role = 'ADMIN' and subject_ar like :s")
                .param("s", "%خديجة%").query(Long.class).single() == 0) {
            assertThat(System.currentTimeMillis()).as("the staff inbox is told").isLessThan(deadline);
            Thread.sleep(50);
        }

        mvc.perform(post("/admin/signups/" + request + "/approve").with(user(admin())).with(csrf())
                .param("registrationNumber", "NOPE-" + uniqueNumber()))
                .andExpect(flash().attribute("flashError", "accounts.error.cooperativeUnknown"));
        mvc.perform(post("/admin/signups/" + request + "/approve").with(user(admin())).with(csrf())
                .param("registrationNumber", number))
                .andExpect(flash().attribute("flash", "accounts.flash.signUpApproved"));
        assertThat(jdbc.sql("select role from accounts_user where username = :u").param("u", phone)
                .query(String.class).single()).isEqualTo("COOP");
        assertThat(jdbc.sql("select count(*) from platform_sms where once = :o").param("o", "signup-approved-"
                + request).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/admin/signups/" + request + "/refuse").with(user(admin())).with(csrf())
                .param("reason", "متأخر")).andExpect(status().isNotFound());
    }

    @Test
    void aCodeExpiresIsTriedFiveTimesAtMostAndANumberGetsThreeAnHour() throws Exception {
        String number = cooperative("");
        String phone = mobile();
        String token = token(signUp("عائشة", phone, number, ""));
        String code = code(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/signup/" + token).with(csrf()).param("code", wrong))
                    .andExpect(flash().attribute("flashError", "accounts.error.code"));
        }
        mvc.perform(post("/signup/" + token).with(csrf()).param("code", wrong))
                .andExpect(flash().attribute("flashError", "accounts.error.codeTries"));
        mvc.perform(post("/signup/" + token).with(csrf()).param("code", code))
                .andExpect(flash().attribute("flashError", "accounts.error.codeTries"));

        String second = token(signUp("عائشة", phone, number, ""));
        jdbc.sql("update accounts_signup set code_expires_at = code_expires_at - interval '11 minutes' "
                + "where token = :t").param("t", second).update();
        mvc.perform(post("/signup/" + second).with(csrf()).param("code", code(phone)))
                .andExpect(flash().attribute("flashError", "accounts.error.codeExpired"));

        token(signUp("عائشة", phone, number, ""));
        signUp("عائشة", phone, number, "").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("طُلبت رموز كثيرة")));
        assertThat(requests(phone)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from accounts_user where username = :u").param("u", phone)
                .query(Long.class).single()).isZero();
    }
}
