package ma.tiwizi.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.registry.CooperativeBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import ma.tiwizi.funding.ApplicationStatus;

class DecidingWithinTheEnvelopeTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Calls calls;

    @Autowired
    Decisions decisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reviews reviews;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    ma.tiwizi.accounts.AccountDirectory accounts;

    private long call(String envelope) {
        var form = CallBuilder.aCall("طلب القرارات " + uniqueNumber()).withEnvelope(envelope).form();
        return asAdmin(() -> calls.publish(form));
    }

    /** A complete application scored by two reviewers: 100,000 MAD of cost, 60,000 requested. */
    private long complete(long call, String email) throws Exception {
        long id = unreviewed(call, email);
        TwoReviews.of(id, reviews, accounts);
        return id;
    }

    /** A complete application no reviewer has scored yet. */
    private long unreviewed(long call, String email) throws Exception {
        long coopId = register(CooperativeBuilder.aCooperative("تعاونية القرار", uniqueNumber()).latin("Decision coop")
                .createdOn(LocalDate.of(2020, 1, 1)).in(9L).reachedAt("", email).presidedBy("Lalla", Sex.F, 1980)
                .members(6, 2, 1, 0).form());
        TiwiziPrincipal me = coop(coopId);
        String location = mvc.perform(post("/calls/" + call + "/apply").with(user(me)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.split("/")[2]);
        mvc.perform(post("/applications/" + id + "/project").with(user(me)).with(csrf()).param("title", "مشروع")
                .param("valueChain", "العسل").param("description", "وصف"));
        mvc.perform(post("/applications/" + id + "/budget").with(user(me)).with(csrf())
                .param("rows[0].category", "EQUIPMENT").param("rows[0].label", "معدات").param("rows[0].amount", "100000"));
        mvc.perform(post("/applications/" + id + "/financing").with(user(me)).with(csrf())
                .param("publicRequested", "60000").param("ownCash", "20000").param("ownInKind", "20000")
                .param("otherPartners", "0"));
        mvc.perform(post("/applications/" + id + "/submit").with(user(me)).with(csrf()));
        mvc.perform(post("/applications/" + id + "/complete").with(user(admin())).with(csrf()));
        assertThat(statusOf(id)).isEqualTo("COMPLETE");
        return id;
    }

    private int version(long id) {
        return jdbc.sql("select version from funding_application where id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from funding_application where id = :id").param("id", id)
                .query(String.class).single();
    }

    @Test
    void approvalsRespectTheFundingRulesAndTheEnvelopeAndTheApplicantReadsTheDecision() throws Exception {
        long call = call("100000");
        String email = uniqueNumber().toLowerCase() + "@decision.example.ma";
        long first = complete(call, email);
        long second = complete(call, "");
        long third = complete(call, "");
        var tooMuch = mvc.perform(post("/applications/" + first + "/decision").with(user(admin())).with(csrf())
                .param("decision", "APPROVED").param("amount", "60000.01")
                .param("version", String.valueOf(version(first)))).andReturn();
        assertThat(tooMuch.getFlashMap().get("flashError")).isEqualTo("funding.error.decisionRules");
        mvc.perform(post("/applications/" + first + "/decision").with(user(admin())).with(csrf())
                .param("decision", "APPROVED").param("amount", "60000").param("comment", "بشرط تقديم الفواتير")
                .param("version", String.valueOf(version(first))));
        assertThat(statusOf(first)).isEqualTo("APPROVED");
        var beyond = mvc.perform(post("/applications/" + second + "/decision").with(user(admin())).with(csrf())
                .param("decision", "APPROVED").param("amount", "40000.01")
                .param("version", String.valueOf(version(second)))).andReturn();
        assertThat(beyond.getFlashMap().get("flashError")).isEqualTo("funding.error.envelope");
        mvc.perform(post("/applications/" + second + "/decision").with(user(admin())).with(csrf())
                .param("decision", "WAITING_LIST").param("version", String.valueOf(version(second))));
        var noReason = mvc.perform(post("/applications/" + third + "/decision").with(user(admin())).with(csrf())
                .param("decision", "REJECTED").param("version", String.valueOf(version(third)))).andReturn();
        assertThat(noReason.getFlashMap().get("flashError")).isEqualTo("funding.error.reason");
        mvc.perform(post("/applications/" + third + "/decision").with(user(admin())).with(csrf())
                .param("decision", "REJECTED").param("reason", "ENVELOPE_EXHAUSTED")
                .param("version", String.valueOf(version(third))));

        mvc.perform(get("/calls/" + call + "/ranking").param("lang", "en").with(user(admin())))
                .andExpect(content().string(containsString("Envelope 100,000.00 MAD · approved 60,000.00 MAD")));
        long thirdCoop = jdbc.sql("select cooperative_id from funding_application where id = :id").param("id", third)
                .query(Long.class).single();
        mvc.perform(get("/applications/" + third).with(user(coop(thirdCoop))))
                .andExpect(content().string(containsString("لم يقبل مشروعك هذه المرة")))
                .andExpect(content().string(containsString("استعملت ميزانية الطلب لمشاريع رتبت قبل مشروعك")));
        mvc.perform(get("/calls/" + call + "/ranking").with(user(coop(thirdCoop)))).andExpect(status().isForbidden());
        for (int i = 0; i < 100 && java.util.Arrays.stream(MAIL.getReceivedMessages()).noneMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email) && m.getSubject().contains("تمت الموافقة");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }); i++) {
            Thread.sleep(100);
        }
        assertThat(MAIL.getReceivedMessages()).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo(email);
            assertThat(m.getSubject()).contains("تمت الموافقة");
        });
    }

    @Test
    void anApplicationIsApprovedOnlyAfterTwoReviewsButMayBeRejectedBefore() throws Exception {
        long call = call("100000");
        long id = unreviewed(call, "");
        var once = mvc.perform(post("/applications/" + id + "/decision").with(user(admin())).with(csrf())
                .param("decision", "APPROVED").param("amount", "50000")
                .param("version", String.valueOf(version(id)))).andReturn();
        assertThat(once.getFlashMap().get("flashError")).isEqualTo("funding.error.tooFewReviews");
        var shown = new ma.tiwizi.platform.web.Ui(messages, java.util.Locale.forLanguageTag("ar"), "/", null, null,
                null, once.getFlashMap(), java.util.Map.of());
        assertThat(shown.flashError()).contains("لهذا الطلب 0 حتى الآن");
        assertThat(statusOf(id)).isEqualTo("COMPLETE");
        mvc.perform(post("/applications/" + id + "/decision").with(user(admin())).with(csrf())
                .param("decision", "REJECTED").param("reason", "OUTSIDE_PRIORITIES")
                .param("version", String.valueOf(version(id))));
        assertThat(statusOf(id)).isEqualTo("REJECTED");
    }

    @Test
    void aLongRankingIsShownFiftyFilesAPageWithTotalsOverAllOfThem() throws Exception {
        long call = call("100000000");
        for (int i = 0; i < 55; i++) {
            long coop = register(CooperativeBuilder.aCooperative("تعاونية الترتيب " + i, uniqueNumber())
                    .latin("Ranked " + i).createdOn(LocalDate.of(2020, 1, 1)).in(9L).presidedBy("Lalla", Sex.F, 1980)
                    .members(6, 2, 1, 0).form());
            jdbc.sql("""
                    insert into funding_application (call_id, cooperative_id, status, public_requested, created_at,
                      updated_at, version) values (:call, :coop, 'COMPLETE', 1000, current_timestamp,
                      current_timestamp, 0)""").param("call", call).param("coop", coop).update();
        }
        String first = mvc.perform(get("/calls/" + call + "/ranking").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first.split("id=\"ranked-", -1)).hasSize(51);
        assertThat(first).contains("rel=\"next\"");
        String second = mvc.perform(get("/calls/" + call + "/ranking").param("page", "2").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second.split("id=\"ranked-", -1)).hasSize(6);
        // running totals continue from the first page: the last file has 55 × 1,000 MAD requested before it
        assertThat(second).contains(new ma.tiwizi.platform.web.Ui(messages, java.util.Locale.forLanguageTag("ar"),
                "/", null, null, null, null, java.util.Map.of()).money(new BigDecimal("55000")));
        mvc.perform(get("/calls/" + call + "/ranking").param("page", "9").with(user(admin())))
                .andExpect(status().isOk());
    }

    @Test
    void twoAdministratorsApprovingAtTheSameMomentNeverExceedTheEnvelope() throws Exception {
        long call = call("100000");
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            applications.add(complete(call, ""));
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (long id : applications) {
            int version = version(id);
            results.add(pool.submit(() -> {
                var admin = admin();
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
                start.await();
                try {
                    decisions.decide(id, new DecisionForm(ApplicationStatus.APPROVED, new BigDecimal("40000"), null,
                            null, null, version));
                    return true;
                } catch (FundingRefused refused) {
                    return false;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        int approved = 0;
        for (var result : results) {
            approved += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(approved).isEqualTo(2);
        BigDecimal total = jdbc.sql("select coalesce(sum(decision_amount), 0) from funding_application "
                + "where call_id = :call and status = 'APPROVED'").param("call", call).query(BigDecimal.class).single();
        assertThat(total).isEqualByComparingTo("80000");
    }
}
