package ma.tiwizi.accounts;

import static ma.tiwizi.HttpBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.tiwizi.HttpBrowser;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions that end when rights are taken away, sign-in throttling that parallel guesses cannot get around. */
class SignInUnderAttackTest extends PostgresIntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    private String newUser(Role role) {
        String username = "u" + uniqueNumber().toLowerCase().replace("-", "");
        asAdmin(() -> accounts.openInitial(username, "User " + username, PASSWORD, role, null));
        return username;
    }

    private long idOf(String username) {
        return jdbc.sql("select id from accounts_user where username = :u").param("u", username).query(Long.class)
                .single();
    }

    private HttpBrowser signedIn(String username, String password) throws Exception {
        var browser = new HttpBrowser(port);
        assertThat(location(browser.signIn(username, password))).doesNotContain("/login");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        return browser;
    }

    /** What the administrator's form posts, with one thing changed. */
    private void adminChanges(String username, Role role, boolean enabled, String newPassword) throws Exception {
        long id = idOf(username);
        var summary = accounts.get(id);
        var request = post("/admin/users/" + id).with(user(admin())).with(csrf())
                .param("displayName", summary.displayName()).param("email", "").param("role", role.name())
                .param("cooperativeNumber", "").param("newPassword", newPassword).param("_enabled", "on")
                .param("version", String.valueOf(summary.version()));
        if (enabled) {
            request.param("enabled", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    @Test
    void aDemotedAdministratorIsSignedOutAtOnceAndCannotOpenAnotherAdministrator() throws Exception {
        String username = newUser(Role.ADMIN);
        var demoted = signedIn(username, PASSWORD);
        assertThat(demoted.get("/admin/users").statusCode()).isEqualTo(200);
        String token = demoted.csrf("/admin/users/new");

        adminChanges(username, Role.REVIEWER, true, "");

        assertThat(location(demoted.get("/admin/users"))).contains("/login");
        var attempt = demoted.postWithToken("/admin/users", Map.of("username", "second-admin", "displayName", "x",
                "role", "ADMIN", "password", "olive-press-at-dawn", "email", "", "cooperativeNumber", ""), token);
        assertThat(attempt.statusCode()).isIn(302, 403);
        assertThat(jdbc.sql("select count(*) from accounts_user where username = 'second-admin'").query(Long.class)
                .single()).isZero();
        // signing in again gives the new role, nothing more
        var again = signedIn(username, PASSWORD);
        assertThat(again.page("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        String username = newUser(Role.TRAINER);
        var first = signedIn(username, PASSWORD);
        var second = signedIn(username, PASSWORD);

        adminChanges(username, Role.TRAINER, false, "");

        assertThat(location(first.get("/account"))).contains("/login");
        assertThat(location(second.get("/account"))).contains("/login");
    }

    @Test
    void aPasswordResetByAnAdministratorEndsEverySession() throws Exception {
        String username = newUser(Role.REVIEWER);
        var session = signedIn(username, PASSWORD);

        adminChanges(username, Role.REVIEWER, true, "olive-press-at-dawn");

        assertThat(location(session.get("/account"))).contains("/login");
        signedIn(username, "olive-press-at-dawn");
    }

    @Test
    void aChangeThatTakesNoRightAwayKeepsTheSessions() throws Exception {
        String username = newUser(Role.REVIEWER);
        var session = signedIn(username, PASSWORD);

        adminChanges(username, Role.REVIEWER, true, "");

        assertThat(session.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void changingMyOwnPasswordEndsMyOtherSessionsButNotThisOne() throws Exception {
        String username = newUser(Role.TRAINER);
        var phone = signedIn(username, PASSWORD);
        var desk = signedIn(username, PASSWORD);

        var changed = desk.post("/account", "/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "olive-press-at-dawn"));
        assertThat(location(changed)).endsWith("/account");

        assertThat(desk.get("/account").statusCode()).isEqualTo(200);
        assertThat(location(phone.get("/account"))).contains("/login");
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesAndTwelveHoursWhateverItsActivity() throws Exception {
        String username = newUser(Role.TRAINER);
        var browser = signedIn(username, PASSWORD);
        assertThat(jdbc.sql("select max(max_inactive_interval) from spring_session where principal_name = :u")
                .param("u", username).query(Integer.class).single()).isEqualTo(30 * 60);

        // a session begun 11 hours ago and used a minute ago goes on; one begun 12 hours and a minute ago ends
        backdate(username, Duration.ofHours(11));
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        backdate(username, Duration.ofHours(1).plusMinutes(1));
        assertThat(location(browser.get("/account"))).contains("/login");
    }

    private void backdate(String username, Duration by) {
        jdbc.sql("update spring_session set creation_time = creation_time - :ms where principal_name = :u")
                .param("ms", by.toMillis()).param("u", username).update();
    }

    /** Sends every try at the same moment, each from its own client, and returns where each was sent. */
    private List<String> together(List<String[]> tries) throws Exception {
        var clients = new ArrayList<HttpBrowser>();
        var tokens = new ArrayList<String>();
        for (int i = 0; i < tries.size(); i++) {
            var client = new HttpBrowser(port);
            clients.add(client);
            tokens.add(client.csrf("/login"));
        }
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(tries.size())) {
            var answers = new ArrayList<Future<String>>();
            for (int i = 0; i < tries.size(); i++) {
                int n = i;
                Callable<String> one = () -> {
                    start.await();
                    return location(clients.get(n).postWithToken("/login",
                            Map.of("username", tries.get(n)[0], "password", tries.get(n)[1]), tokens.get(n)));
                };
                answers.add(pool.submit(one));
            }
            start.countDown();
            var locations = new ArrayList<String>();
            for (var answer : answers) {
                locations.add(answer.get());
            }
            return locations;
        }
    }

    private static List<String[]> wrong(String username, int count) {
        var tries = new ArrayList<String[]>();
        for (int i = 0; i < count; i++) {
            tries.add(new String[] {username, "wrong-guess-" + i});
        }
        return tries;
    }

    @Test
    void sixtyParallelGuessesPlusTheRightPasswordLockTheAccountAsSequentialOnesWould() throws Exception {
        String username = newUser(Role.ADMIN);
        var tries = wrong(username, 60);
        tries.add(30, new String[] {username, PASSWORD});

        var answers = together(tries);

        // a handful of passwords were checked (five, or a few more when the right one came first and forgave them);
        // every other try was refused as locked without being looked at
        assertThat(answers.stream().filter(a -> a.contains("/login?locked")).count()).isGreaterThanOrEqualTo(50);
        assertThat(answers.stream().filter(a -> a.contains("/login?error")).count()).isLessThanOrEqualTo(10);
        assertThat(location(new HttpBrowser(port).signIn(username, PASSWORD))).contains("/login?locked");
        assertThat(jdbc.sql("select locked_until is not null from accounts_sign_in where username = :u")
                .param("u", username).query(Boolean.class).single()).isTrue();
    }

    @Test
    void fourParallelWrongPasswordsDoNotLockButTheFifthDoesExactlyAsInSequence() throws Exception {
        String username = newUser(Role.TRAINER);
        assertThat(together(wrong(username, 4))).allMatch(a -> a.contains("/login?error"));
        assertThat(location(new HttpBrowser(port).signIn(username, "still-wrong"))).contains("/login?error");
        assertThat(location(new HttpBrowser(port).signIn(username, PASSWORD))).contains("/login?locked");
    }

    @Test
    void aRightPasswordBeforeTheLockForgivesEarlierMistakes() throws Exception {
        String username = newUser(Role.TRAINER);
        assertThat(together(wrong(username, 4))).allMatch(a -> a.contains("/login?error"));
        signedIn(username, PASSWORD);
        assertThat(together(wrong(username, 4))).allMatch(a -> a.contains("/login?error"));
        signedIn(username, PASSWORD);
    }

    @Test
    void anUnknownUsernameIsSlowedAndLockedExactlyLikeAKnownOne() throws Exception {
        String known = newUser(Role.TRAINER);
        String unknown = "nobody" + uniqueNumber().toLowerCase().replace("-", "");
        var knownAnswers = together(wrong(known, 8)).stream().map(a -> a.replace(known, "NAME")).sorted().toList();
        var unknownAnswers = together(wrong(unknown, 8)).stream().map(a -> a.replace(unknown, "NAME")).sorted()
                .toList();
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(unknownAnswers).filteredOn(a -> a.contains("/login?locked")).hasSize(3);
    }

    @Test
    void aTenKilobyteUsernameIsABadRequest() throws Exception {
        var answer = new HttpBrowser(port).signIn("a".repeat(10_000), "whatever-password");
        assertThat(answer.statusCode()).isEqualTo(400);
    }

    @Test
    void aNewPasswordIsRefusedWhenShortCommonOrHoldingTheUsernameWithTheReasonInArabic() throws Exception {
        String username = newUser(Role.TRAINER);
        var me = new TiwiziPrincipal(idOf(username), username, "", "x", Role.TRAINER, null, true, true);
        mvc.perform(post("/account/password").with(user(me)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "short-one"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("من 12 إلى 200 حرف")));
        mvc.perform(post("/account/password").with(user(me)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "123456789012"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("سهلة التخمين")));
        mvc.perform(post("/account/password").with(user(me)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "Password1234!"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("سهلة التخمين")));
        mvc.perform(post("/account/password").with(user(me)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "my-" + username + "-forever").param("lang", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ne doit pas contenir l’identifiant")));
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf()).param("username", "weak" + idOf(username))
                        .param("displayName", "x").param("role", "REVIEWER").param("email", "")
                        .param("cooperativeNumber", "").param("password", "qwertyuiopas"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("سهلة التخمين")));
    }

    @Test
    void behindATlsProxyTheCookieIsSecureHstsIsSentAndRedirectsStayHttps() throws Exception {
        var browser = new HttpBrowser(port);
        var login = browser.http.send(HttpRequest.newBuilder(browser.uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION=")
                && c.contains("Secure") && c.contains("HttpOnly"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000");
        var redirect = browser.http.send(HttpRequest.newBuilder(browser.uri("/account"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(location(redirect)).startsWith("https://");

        var plain = new HttpBrowser(port).get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void everyPageSaysWhatItsAddressMayTellOtherSitesAndWhatTheBrowserMayUse() throws Exception {
        var browser = new HttpBrowser(port);
        for (String path : List.of("/login", "/shop", "/verify/ABCDEF", "/checkin/1?code=x", "/learning/1/pre?key=x",
                "/shop/orders/placed?key=x")) {
            var page = browser.get(path);
            assertThat(page.headers().firstValue("Permissions-Policy")).as(path).get().asString()
                    .contains("camera=()");
            String expected = path.startsWith("/login") || path.equals("/shop") ? "strict-origin-when-cross-origin"
                    : "no-referrer";
            assertThat(page.headers().allValues("Referrer-Policy")).as(path).containsExactly(expected);
        }
    }

    @Test
    void theActuatorShowsHealthToAllAndNothingElseButToAdministrators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator").with(user(reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator").with(user(coop(1)))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator").with(user(admin()))).andExpect(status().isOk());
    }
}
