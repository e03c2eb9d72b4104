package ma.tiwizi.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ma.tiwizi.registry.CooperativeBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.tiwizi.Acting;
import ma.tiwizi.HttpBrowser;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.TestClock;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Twenty identical requests of one signed-in session at the same moment (a double tap on a slow connection, a
 * retrying phone): none is answered with an error of ours, and what is stored is what one request would store.
 */
class TwentyRequestsAtOnceTest extends PostgresIntegrationTest {

    private static final String PASSWORD = "olive-press-at-dawn";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Calls calls;

    @Autowired
    Applications applications;

    @Autowired
    Reviews reviews;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long call(Axis axis, LocalDateTime opens, LocalDateTime closes) {
        var form = CallBuilder.aCall("طلب متزامن " + uniqueNumber()).onAxis(axis).opening(opens).closing(closes)
                .withEnvelope("1000000").form();
        return asAdmin(() -> calls.publish(form));
    }

    private long openCall() {
        return call(Axis.SOLIDARITY_ECONOMY, LocalDateTime.of(2026, 1, 1, 9, 0),
                LocalDateTime.now(ZoneId.of("Africa/Casablanca")).plusDays(5));
    }

    private long cooperative() {
        return register(CooperativeBuilder.aCooperative("تعاونية التزامن", uniqueNumber()).latin("Race coop")
                .createdOn(LocalDate.of(2020, 1, 1)).in(9L).presidedBy("Lalla", Sex.F, 1980).members(6, 2, 1, 0)
                .form());
    }

    private HttpBrowser signedIn(Role role, Long cooperative) throws Exception {
        String username = "race" + uniqueNumber().toLowerCase().replace("-", "");
        asAdmin(() -> accounts.openInitial(username, "Race " + username, PASSWORD, role, cooperative));
        var browser = new HttpBrowser(port);
        assertThat(HttpBrowser.location(browser.signIn(username, PASSWORD))).doesNotContain("/login");
        return browser;
    }

    /** The same form posted twenty times at once from one session; returns the status codes. */
    private List<Integer> twentyAtOnce(HttpBrowser browser, String action, Map<String, String> fields)
            throws Exception {
        String token = browser.csrf("/account");
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(20)) {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 20; i++) {
                Callable<Integer> one = () -> {
                    start.await();
                    return browser.postWithToken(action, fields, token).statusCode();
                };
                answers.add(pool.submit(one));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        }
    }

    private void fill(long id, TiwiziPrincipal me) throws Exception {
        mvc.perform(post("/applications/" + id + "/project").with(user(me)).with(csrf()).param("title", "مشروع")
                .param("valueChain", "العسل").param("description", "وصف"));
        mvc.perform(post("/applications/" + id + "/budget").with(user(me)).with(csrf())
                .param("rows[0].category", "EQUIPMENT").param("rows[0].label", "معدات")
                .param("rows[0].amount", "100000"));
        mvc.perform(post("/applications/" + id + "/financing").with(user(me)).with(csrf())
                .param("publicRequested", "60000").param("ownCash", "20000").param("ownInKind", "20000")
                .param("otherPartners", "0"));
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void twentyAppliesOpenOneDraft() throws Exception {
        long call = openCall();
        long coop = cooperative();
        var president = signedIn(Role.COOP, coop);

        var statuses = twentyAtOnce(president, "/calls/" + call + "/apply", Map.of());

        assertThat(statuses).allMatch(s -> s == 302);
        assertThat(jdbc.sql("select count(*) from funding_application where call_id = :c and cooperative_id = :co")
                .param("c", call).param("co", coop).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentySubmitsGiveOneReferenceAndOneReceipt() throws Exception {
        long call = openCall();
        long coop = cooperative();
        var president = signedIn(Role.COOP, coop);
        long id = Acting.as(coop(coop), () -> applications.start(call, c -> "العسل"));
        fill(id, coop(coop));

        var statuses = twentyAtOnce(president, "/applications/" + id + "/submit", Map.of());

        assertThat(statuses).allMatch(s -> s == 302);
        assertThat(count("select count(*) from funding_application_event where application_id = :id "
                + "and status = 'SUBMITTED'", id)).isEqualTo(1);
        assertThat(jdbc.sql("select reference from funding_application where id = :id").param("id", id)
                .query(String.class).single()).matches("TRD-\\d{4}-ESS-\\d{4}");
    }

    @Test
    void twentyApprovalsOfOneFileDecideItOnce() throws Exception {
        long call = openCall();
        long coop = cooperative();
        long id = Acting.as(coop(coop), () -> applications.start(call, c -> "العسل"));
        fill(id, coop(coop));
        Acting.as(coop(coop), () -> applications.submit(id));
        asAdmin(() -> {
            applications.markComplete(id);
            return null;
        });
        TwoReviews.of(id, reviews, accounts);
        int version = jdbc.sql("select version from funding_application where id = :id").param("id", id)
                .query(Integer.class).single();
        var staff = signedIn(Role.ADMIN, null);

        var statuses = twentyAtOnce(staff, "/applications/" + id + "/decision", Map.of("decision", "APPROVED",
                "amount", "40000", "version", String.valueOf(version), "conditions", "", "comment", ""));

        assertThat(statuses).allMatch(s -> s == 302);
        assertThat(count("select count(*) from funding_application_event where application_id = :id "
                + "and status = 'APPROVED'", id)).isEqualTo(1);
        assertThat(jdbc.sql("select decision_amount from funding_application where id = :id").param("id", id)
                .query(BigDecimal.class).single()).isEqualByComparingTo("40000");
    }

    @Test
    void tenCooperativesSubmittingTheFirstFilesOfANewYearGetConsecutiveReferences() throws Exception {
        // a year no other test uses: the reference counter of its prefix does not exist yet
        clock.set(LocalDateTime.of(2047, 3, 1, 10, 0).atZone(ZoneId.of("Africa/Casablanca")).toInstant());
        long call = call(Axis.EMPLOYABILITY, LocalDateTime.of(2047, 1, 1, 9, 0), LocalDateTime.of(2047, 12, 31, 17, 0));
        var files = new ArrayList<long[]>();
        for (int i = 0; i < 10; i++) {
            long coop = cooperative();
            long id = Acting.as(coop(coop), () -> applications.start(call, c -> "العسل"));
            Acting.as(coop(coop), () -> {
                applications.saveProject(id, new ApplicationForms.Project("مشروع", "العسل", "وصف", 1, 1));
                applications.saveBudget(id, new ApplicationForms.Budget(List.of(new ApplicationForms.BudgetRow(
                        BudgetCategory.EQUIPMENT, "معدات", new BigDecimal("100000")))));
                applications.saveFinancing(id, new ApplicationForms.Financing(new BigDecimal("60000"),
                        new BigDecimal("20000"), new BigDecimal("20000"), BigDecimal.ZERO, null));
                return null;
            });
            files.add(new long[] {coop, id});
        }
        var start = new CountDownLatch(1);
        var references = new HashSet<String>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            var answers = new ArrayList<Future<String>>();
            for (long[] file : files) {
                Callable<String> submit = () -> {
                    start.await();
                    return Acting.as(coop(file[0]), () -> applications.submit(file[1]));
                };
                answers.add(pool.submit(submit));
            }
            start.countDown();
            for (var answer : answers) {
                references.add(answer.get());
            }
        }
        var expected = new HashSet<String>();
        for (int n = 1; n <= 10; n++) {
            expected.add(String.format("TRD-2047-EMP-%04d", n));
        }
        assertThat(references).isEqualTo(expected);
    }
}
