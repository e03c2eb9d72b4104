package ma.tiwizi.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import java.util.List;
import java.util.Set;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.bizplan.BusinessPlans;
import ma.tiwizi.bizplan.engine.SamplePlans;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

class ReviewingApplicationsTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Calls calls;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    BusinessPlans plans;

    @Autowired
    JdbcClient jdbc;

    private TiwiziPrincipal newReviewer() {
        String username = "rev" + uniqueNumber().toLowerCase().replace("-", "");
        long id = asAdmin(() -> accounts.openInitial(username, "Reviewer " + username, "reviewer-password",
                Role.REVIEWER, null));
        return new TiwiziPrincipal(id, username, "", "Reviewer", Role.REVIEWER, null, true, true);
    }

    /** A complete application with a business plan and a document, ready for review. */
    private long completeApplication() throws Exception {
        var form = CallBuilder.aCall("طلب التقييم " + uniqueNumber()).withEnvelope("1000000")
                .askingFor(List.of(RequiredDocument.LEGAL_FILE), Set.of(RequiredDocument.LEGAL_FILE)).form();
        long call = asAdmin(() -> calls.publish(form));
        long coopId = register(CooperativeBuilder.aCooperative("تعاونية التقييم", uniqueNumber()).latin("Review coop")
                .createdOn(LocalDate.of(2020, 1, 1)).in(9L).in(Sector.DATES).presidedBy("Lalla", Sex.F, 1980)
                .members(6, 2, 1, 0).form());
        var me = coop(coopId);
        long plan = asAdmin(() -> plans.create(coopId, "مخطط التمور", SamplePlans.saffron(null)));
        String location = mvc.perform(post("/calls/" + call + "/apply").with(user(me)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.split("/")[2]);
        mvc.perform(post("/applications/" + id + "/project").with(user(me)).with(csrf()).param("title", "وحدة تلفيف")
                .param("valueChain", "التمور").param("description", "وصف"));
        mvc.perform(post("/applications/" + id + "/from-plan").param("plan", plan + ":1").with(user(me)).with(csrf()));
        mvc.perform(post("/applications/" + id + "/financing").with(user(me)).with(csrf())
                .param("publicRequested", "150000").param("ownCash", "80000").param("ownInKind", "32465.75")
                .param("otherPartners", "0"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "legal.pdf", "application/pdf", "%PDF-1.4 x".getBytes()))
                .param("code", "LEGAL_FILE").with(user(me)).with(csrf()));
        mvc.perform(post("/applications/" + id + "/submit").with(user(me)).with(csrf()));
        mvc.perform(get("/").with(user(admin())).param("lang", "ar")).andExpect(content().string(
                containsString("للفحص"))).andExpect(content().string(containsString("/applications?status=SUBMITTED")));
        mvc.perform(post("/applications/" + id + "/complete").with(user(admin())).with(csrf()));
        assertThat(jdbc.sql("select status from funding_application where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("COMPLETE");
        return id;
    }

    private long reviewId(long application, TiwiziPrincipal reviewer) {
        return jdbc.sql("select id from funding_review where application_id = :a and reviewer_id = :r")
                .param("a", application).param("r", reviewer.userId()).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder scores(long review,
            TiwiziPrincipal reviewer, int version, String viability) {
        return post("/reviews/" + review).with(user(reviewer)).with(csrf()).param("valueChainFit", "8")
                .param("viability", viability).param("socialImpact", "9").param("sustainability", "6")
                .param("capacity", "5").param("comment", "ملف جيد").param("recommendation", "FUND")
                .param("version", String.valueOf(version));
    }

    @Test
    void aReviewersStartPageListsTheFilesLeftToScore() throws Exception {
        long application = completeApplication();
        var reviewer = newReviewer();
        mvc.perform(get("/").with(user(reviewer)).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"todo-none\"")));
        mvc.perform(get("/").with(user(admin())).param("lang", "ar"))
                .andExpect(content().string(containsString("دون مقيّمين")))
                .andExpect(content().string(containsString("/applications?status=COMPLETE")));
        mvc.perform(post("/applications/" + application + "/reviewers").with(user(admin())).with(csrf())
                .param("reviewer", String.valueOf(reviewer.userId())));
        mvc.perform(get("/").with(user(reviewer)).param("lang", "ar"))
                .andExpect(content().string(containsString("طلب واحد للتقييم")))
                .andExpect(content().string(containsString("href=\"/reviews\"")));
        mvc.perform(get("/").with(user(reviewer)).param("lang", "fr"))
                .andExpect(content().string(containsString("1 demande à évaluer")));
    }

    @Test
    void aReviewerReadsOnlyTheBusinessPlansOfFilesAssignedToThemOnceTheyDeclaredNoConflict() throws Exception {
        long application = completeApplication();
        long plan = jdbc.sql("select bizplan_plan_id from funding_application where id = :id").param("id", application)
                .query(Long.class).single();
        long cooperative = jdbc.sql("select cooperative_id from funding_application where id = :id")
                .param("id", application).query(Long.class).single();
        var assigned = newReviewer();
        var stranger = newReviewer();
        mvc.perform(post("/applications/" + application + "/reviewers").with(user(admin())).with(csrf())
                .param("reviewer", String.valueOf(assigned.userId())));

        for (var reviewer : List.of(assigned, stranger)) {
            mvc.perform(get("/plans/" + plan).with(user(reviewer))).andExpect(status().isForbidden());
            mvc.perform(get("/plans/" + plan + "/summary.pdf").with(user(reviewer))).andExpect(status().isForbidden());
            mvc.perform(get("/cooperatives/" + cooperative + "/plans").with(user(reviewer)))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("مخطط التمور"))));
        }
        mvc.perform(post("/reviews/" + reviewId(application, assigned) + "/declare").with(user(assigned)).with(csrf())
                .param("noConflict", "true"));
        mvc.perform(get("/plans/" + plan).with(user(assigned))).andExpect(status().isOk());
        mvc.perform(get("/cooperatives/" + cooperative + "/plans").with(user(assigned)))
                .andExpect(content().string(containsString("مخطط التمور")));
        mvc.perform(get("/plans/" + plan).with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/" + plan).with(user(admin()))).andExpect(status().isOk());
    }

    @Test
    void aReviewerDeclaresNoConflictSeesTheFileAndPlanThenScoresAndOnlyThenSeesTheOthers() throws Exception {
        long application = completeApplication();
        var first = newReviewer();
        var second = newReviewer();
        mvc.perform(post("/applications/" + application + "/reviewers").with(user(admin())).with(csrf())
                .param("reviewer", String.valueOf(first.userId())));
        mvc.perform(post("/applications/" + application + "/reviewers").with(user(admin())).with(csrf())
                .param("reviewer", String.valueOf(second.userId())));
        long firstReview = reviewId(application, first);
        long secondReview = reviewId(application, second);

        mvc.perform(get("/applications/" + application).with(user(first))).andExpect(status().isForbidden());
        mvc.perform(get("/reviews/" + firstReview).with(user(first)))
                .andExpect(content().string(containsString("أصرح بعدم وجود أي تضارب في المصالح")));
        mvc.perform(post("/reviews/" + firstReview + "/declare").with(user(first)).with(csrf())
                .param("noConflict", "true"));
        mvc.perform(get("/applications/" + application).with(user(first)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("مخطط الأعمال المرفق")))
                .andExpect(content().string(containsString("القيمة الحالية الصافية")));
        long document = jdbc.sql("select id from funding_document where application_id = :id").param("id", application)
                .query(Long.class).single();
        mvc.perform(get("/applications/" + application + "/documents/" + document).with(user(first)))
                .andExpect(status().isOk());

        mvc.perform(scores(firstReview, first, 1, "11")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("أعط نقطة من 0 إلى 10.")));
        mvc.perform(scores(firstReview, first, 1, "7")).andExpect(status().is3xxRedirection());
        // (8*20 + 7*30 + 9*20 + 6*15 + 5*15) / 100 = 7.15
        mvc.perform(get("/reviews/" + firstReview).with(user(first)))
                .andExpect(content().string(containsString("7,15")));

        mvc.perform(post("/reviews/" + secondReview + "/declare").with(user(second)).with(csrf())
                .param("noConflict", "true"));
        mvc.perform(get("/applications/" + application).with(user(second)))
                .andExpect(content().string(not(containsString("7,15"))));
        mvc.perform(scores(secondReview, second, 1, "3")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reviews/" + secondReview).with(user(second)))
                .andExpect(content().string(containsString("7,15")))
                .andExpect(content().string(containsString(first.getUsername())));
        mvc.perform(scores(secondReview, second, 2, "3")).andExpect(status().isConflict());
    }

    @Test
    void aReviewerSeesTheCooperativesLatestCapacityDiagnostic() throws Exception {
        long application = completeApplication();
        long cooperative = jdbc.sql("select cooperative_id from funding_application where id = :id")
                .param("id", application).query(Long.class).single();
        var reviewer = newReviewer();
        mvc.perform(post("/applications/" + application + "/reviewers").with(user(admin())).with(csrf())
                .param("reviewer", String.valueOf(reviewer.userId())));
        long review = reviewId(application, reviewer);
        mvc.perform(get("/reviews/" + review).with(user(reviewer)))
                .andExpect(content().string(not(containsString("id=\"training-record\""))));
        mvc.perform(post("/reviews/" + review + "/declare").with(user(reviewer)).with(csrf())
                .param("noConflict", "true"));
        mvc.perform(get("/reviews/" + review).with(user(reviewer)))
                .andExpect(content().string(containsString("لم تنجز التعاونية تشخيص القدرات بعد.")))
                .andExpect(content().string(containsString("لم تحضر أي حصة تكوينية بعد.")));

        var diagnostic = post("/cooperatives/" + cooperative + "/diagnostic").with(user(coop(cooperative)))
                .with(csrf());
        for (int i = 0; i < 20; i++) {
            diagnostic.param("answers[" + i + "]", i < 4 ? "3" : "1");
        }
        mvc.perform(diagnostic).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reviews/" + review).with(user(reviewer)))
                .andExpect(content().string(containsString("الحكامة والقانون: <bdi>100%</bdi>")))
                .andExpect(content().string(containsString("المالية: <bdi>33%</bdi>")));
    }

    @Test
    void aReviewerWithAConflictCannotSeeNorScoreAndOthersSeeNothing() throws Exception {
        long application = completeApplication();
        var conflicted = newReviewer();
        var unassigned = newReviewer();
        mvc.perform(post("/applications/" + application + "/reviewers").with(user(admin())).with(csrf())
                .param("reviewer", String.valueOf(conflicted.userId())));
        long review = reviewId(application, conflicted);
        mvc.perform(post("/reviews/" + review + "/declare").with(user(conflicted)).with(csrf())
                .param("noConflict", "false"));
        mvc.perform(get("/applications/" + application).with(user(conflicted))).andExpect(status().isForbidden());
        mvc.perform(scores(review, conflicted, 1, "7")).andExpect(status().isConflict());
        mvc.perform(get("/applications/" + application).with(user(unassigned))).andExpect(status().isForbidden());
        mvc.perform(get("/reviews/" + review).with(user(unassigned))).andExpect(status().isForbidden());
        mvc.perform(post("/reviews/" + review + "/declare").with(user(unassigned)).with(csrf())
                .param("noConflict", "true")).andExpect(status().isForbidden());
    }

    @Test
    void onlyCompleteFilesGoToReviewersAndOnlyAdministratorsAssign() throws Exception {
        long application = completeApplication();
        var reviewer = newReviewer();
        mvc.perform(post("/applications/" + application + "/reviewers").with(user(reviewer)).with(csrf())
                .param("reviewer", String.valueOf(reviewer.userId()))).andExpect(status().isForbidden());
        var notAReviewer = asAdmin(() -> accounts.openInitial("trainer" + uniqueNumber().toLowerCase()
                .replace("-", ""), "Trainer", "trainer-password", Role.TRAINER, null));
        var refused = mvc.perform(post("/applications/" + application + "/reviewers").with(user(admin()))
                .with(csrf()).param("reviewer", String.valueOf(notAReviewer))).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("funding.error.notReviewer");
        mvc.perform(post("/applications/" + application + "/reviewers").with(user(admin())).with(csrf())
                .param("reviewer", String.valueOf(reviewer.userId())));
        var twice = mvc.perform(post("/applications/" + application + "/reviewers").with(user(admin()))
                .with(csrf()).param("reviewer", String.valueOf(reviewer.userId()))).andReturn();
        assertThat(twice.getFlashMap().get("flashError")).isEqualTo("funding.error.alreadyAssigned");
    }
}
