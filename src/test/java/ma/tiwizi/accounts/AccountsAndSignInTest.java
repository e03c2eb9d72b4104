package ma.tiwizi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import ma.tiwizi.HttpBrowser;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class AccountsAndSignInTest extends PostgresIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    /** A browser-like client: keeps cookies, does not follow redirects. */
    private final class Browser {
        final HttpBrowser client = new HttpBrowser(port);
        final java.net.http.HttpClient http = client.http;

        HttpResponse<String> get(String path) throws Exception {
            return client.get(path);
        }

        HttpResponse<String> page(String path) throws Exception {
            return client.page(path);
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            return client.signIn(username, password);
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private String newUser(Role role, Long cooperative) {
        String username = "u" + uniqueNumber().toLowerCase();
        asAdmin(() -> accounts.openInitial(username, "User " + username, "correct-horse-battery", role, cooperative));
        return username;
    }

    @Test
    void theFirstAdministratorOfANewInstallationComesFromTheConfigurationNotAKnownPassword() throws Exception {
        var browser = new Browser();
        var response = browser.signIn("admin", "first-admin-password");
        assertThat(location(response)).endsWith("/");
        assertThat(new Browser().signIn("admin", "tiwizi-demo").headers().firstValue("Location").orElse(""))
                .contains("/login?error");
    }

    @Test
    void signingInAndOutWorksAndTheSessionLivesInTheDatabase() throws Exception {
        String username = newUser(Role.REVIEWER, null);
        var browser = new Browser();
        assertThat(location(browser.get("/account"))).contains("/login");
        assertThat(location(browser.signIn(username, "correct-horse-battery"))).contains("/account");
        var page = browser.get("/account");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(username);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
                .query(Long.class).single()).isEqualTo(1);

        // the session is nowhere but in the database: removing the row signs the user out
        jdbc.sql("delete from spring_session where principal_name = :u").param("u", username).update();
        assertThat(location(browser.get("/account"))).contains("/login");

        var again = new Browser();
        again.signIn(username, "correct-horse-battery");
        var matcher = CSRF.matcher(again.get("/account").body());
        assertThat(matcher.find()).isTrue();
        var out = again.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + matcher.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(location(out)).contains("/login?logout");
        assertThat(location(again.get("/account"))).contains("/login");
    }

    @Test
    void refusalsAndUnknownPagesAreExplainedInArabicWithTheRightStatus() throws Exception {
        long mine = register(form("تعاونيتي للأخطاء", "Mine errors", uniqueNumber()));
        long other = register(form("تعاونية أخرى للأخطاء", "Other errors", uniqueNumber()));
        String username = newUser(Role.COOP, mine);
        var browser = new Browser();
        browser.signIn(username, "correct-horse-battery");
        var forbidden = browser.page("/cooperatives/" + other);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("لا يمكنك فتح هذه الصفحة")
                .doesNotContain("Other errors");
        var missing = browser.page("/cooperatives/987654321");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("الصفحة غير موجودة");
        var admin = browser.page("/admin/users");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(browser.page("/cooperatives/" + mine).body()).contains("تعاونيتي للأخطاء");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String username = newUser(Role.TRAINER, null);
        var browser = new Browser();
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.signIn(username, "wrong-password-" + i))).contains("/login?error");
        }
        var locked = browser.signIn(username, "correct-horse-battery");
        assertThat(location(locked)).contains("/login?locked").contains("username=" + username);
        assertThat(browser.get("/login?locked").body()).contains("تم قفل هذا الحساب");
        assertThat(jdbc.sql("select count(*) from accounts_audit_event where action = 'locked' and actor = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1);

        long id = jdbc.sql("select id from accounts_user where username = :u").param("u", username)
                .query(Long.class).single();
        mvc.perform(post("/admin/users/" + id + "/unlock").with(user(admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(location(new Browser().signIn(username, "correct-horse-battery"))).endsWith("/");
    }

    @Test
    void anAdministratorOpensACooperativeAccountLinkedByRegistrationNumber() throws Exception {
        String number = uniqueNumber();
        long coopId = register(form("تعاونية الحساب", "Account coop", number));
        String username = "president" + uniqueNumber().toLowerCase().replace("-", "");
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf()).param("username", username)
                        .param("displayName", "رئيسة").param("email", "").param("role", "COOP")
                        .param("cooperativeNumber", number).param("password", "olive-press-at-dawn"))
                .andExpect(status().is3xxRedirection());
        var account = jdbc.sql("select role, cooperative_id from accounts_user where username = :u")
                .param("u", username).query((rs, n) -> rs.getString(1) + ":" + rs.getLong(2)).single();
        assertThat(account).isEqualTo("COOP:" + coopId);

        var browser = new Browser();
        browser.signIn(username, "olive-press-at-dawn");
        assertThat(location(browser.get("/cooperatives"))).endsWith("/cooperatives/" + coopId);

        mvc.perform(post("/admin/users").with(user(admin())).with(csrf()).param("username", username)
                        .param("displayName", "x").param("role", "COOP").param("cooperativeNumber", "NOPE-404")
                        .param("password", "olive-press-at-dawn"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("اسم المستخدم " + username + " مستعمل من قبل")));
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf()).param("username", "newbie-" + coopId)
                        .param("displayName", "x").param("role", "COOP").param("cooperativeNumber", "NOPE-404")
                        .param("password", "olive-press-at-dawn"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("لا توجد تعاونية مسجلة تحت الرقم NOPE-404")))
                .andExpect(content().string(containsString("value=\"newbie-" + coopId + "\"")));
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf()).param("username", "A B")
                        .param("displayName", "").param("role", "ADMIN").param("password", "short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اختر اسم مستخدم")))
                .andExpect(content().string(containsString("من 12 إلى 200 حرف")));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String username = newUser(Role.REVIEWER, null);
        long id = jdbc.sql("select id from accounts_user where username = :u").param("u", username)
                .query(Long.class).single();
        var summary = accounts.get(id);
        mvc.perform(post("/admin/users/" + id).with(user(admin())).with(csrf()).param("displayName", "Gone")
                        .param("email", "").param("role", "REVIEWER").param("cooperativeNumber", "")
                        .param("_enabled", "on").param("newPassword", "")
                        .param("version", String.valueOf(summary.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.get(id).enabled()).isFalse();
        assertThat(location(new Browser().signIn(username, "correct-horse-battery"))).contains("/login?disabled");
    }

    @Test
    void onlyAdministratorsManageAccountsAndReadTheAuditTrail() throws Exception {
        mvc.perform(get("/admin/users").with(user(reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(coop(1)))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(user(reviewer())).with(csrf()).param("username", "sneaky")
                .param("displayName", "x").param("role", "ADMIN").param("password", "olive-press-at-dawn"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from accounts_user where username = 'sneaky'").query(Long.class)
                .single()).isZero();
        mvc.perform(get("/admin/users").with(user(admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("admin")));
    }

    @Test
    void theAuditTrailRecordsWhoChangedWhatAndAdministratorsCanBrowseIt() throws Exception {
        String number = uniqueNumber();
        long id = register(form("تعاونية التتبع", "Audited coop", number));
        mvc.perform(get("/admin/audit").param("type", "cooperative").param("lang", "en").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cooperative " + id)))
                .andExpect(content().string(containsString(number + " Audited coop")))
                .andExpect(content().string(containsString("test-admin")))
                .andExpect(content().string(containsString("Created")));
    }

    @Test
    void revokingATokenAsksFirstAndNamesTheToken() throws Exception {
        String username = newUser(Role.TRAINER, null);
        long id = jdbc.sql("select id from accounts_user where username = :u").param("u", username)
                .query(Long.class).single();
        var me = new ma.tiwizi.platform.TiwiziPrincipal(id, username, "", "x", Role.TRAINER, null, true, true);
        mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "جدول التقارير"));
        long token = jdbc.sql("select id from accounts_api_token where user_id = :u").param("u", id)
                .query(Long.class).single();
        mvc.perform(get("/account").with(user(me)))
                .andExpect(content().string(containsString("<details class=\"tw-confirm\" id=\"revoke-" + token)))
                .andExpect(content().string(containsString("تأكيد إلغاء «جدول التقارير»")));
    }

    @Test
    void usersChangeTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
        String username = newUser(Role.TRAINER, null);
        long id = jdbc.sql("select id from accounts_user where username = :u").param("u", username)
                .query(Long.class).single();
        var me = new ma.tiwizi.platform.TiwiziPrincipal(id, username, "", "x", Role.TRAINER, null, true, true);
        mvc.perform(post("/account/password").with(user(me)).with(csrf()).param("currentPassword", "not-it-at-all")
                        .param("newPassword", "brand-new-password"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("كلمة المرور الحالية غير صحيحة")));
        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("currentPassword", "correct-horse-battery").param("newPassword", "brand-new-password"))
                .andExpect(status().is3xxRedirection());
        assertThat(location(new Browser().signIn(username, "brand-new-password"))).endsWith("/");
    }
}
