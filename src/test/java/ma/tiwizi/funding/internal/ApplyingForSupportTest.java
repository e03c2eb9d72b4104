package ma.tiwizi.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.registry.CooperativeBuilder;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.TestClock;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

class ApplyingForSupportTest extends PostgresIntegrationTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final byte[] PDF = "%PDF-1.4\n% a small test document\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    Calls calls;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long openCall(LocalDateTime closes) {
        var form = CallBuilder.aCall("طلب " + uniqueNumber()).closing(closes).withEnvelope("1000000")
                .forLegalForms("COOPERATIVE", "UNION").withWomenAndYouthAtLeast("30")
                .askingFor(List.of(RequiredDocument.LEGAL_FILE, RequiredDocument.REQUEST_LETTER),
                        Set.of(RequiredDocument.LEGAL_FILE)).form();
        return asAdmin(() -> calls.publish(form));
    }

    private long cooperative() {
        String number = uniqueNumber();
        return register(CooperativeBuilder.aCooperative("تعاونية الترشيح", number).latin("Applicant")
                .createdOn(LocalDate.of(2022, 5, 1)).in(80L).in(Sector.SAFFRON)
                .reachedAt("", number.toLowerCase() + "@coop.example.ma").presidedBy("Amina", Sex.F, 1990)
                .members(9, 1, 2, 0).form());
    }

    private long start(long call, TiwiziPrincipal who) throws Exception {
        String location = mvc.perform(post("/calls/" + call + "/apply").with(user(who)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).endsWith("/project");
        return Long.parseLong(location.split("/")[2]);
    }

    /** Fills every step: 100,000 MAD of budget, 60,000 requested, 40,000 own of which 20,000 in kind. */
    private void fill(long id, TiwiziPrincipal who) throws Exception {
        mvc.perform(post("/applications/" + id + "/project").with(user(who)).with(csrf())
                        .param("title", "قاعة تجفيف الزعفران").param("valueChain", "الزعفران")
                        .param("description", "شراء مجفف وتجهيزات التلفيف").param("jobsWomen", "4")
                        .param("jobsYouth", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/applications/" + id + "/budget").with(user(who)).with(csrf())
                        .param("rows[0].category", "EQUIPMENT").param("rows[0].label", "مجفف")
                        .param("rows[0].amount", "70000").param("rows[1].category", "WORKING_CAPITAL")
                        .param("rows[1].label", "رأس مال عامل").param("rows[1].amount", "30000")
                        .param("rows[2].category", "OTHER").param("rows[2].label", "").param("rows[2].amount", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/applications/" + id + "/financing").with(user(who)).with(csrf())
                        .param("publicRequested", "60000").param("ownCash", "20000").param("ownInKind", "20000")
                        .param("otherPartners", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/applications/" + id + "/documents")
                        .file(new MockMultipartFile("file", "statuts.pdf", "application/pdf", PDF))
                        .param("code", "LEGAL_FILE").with(user(who)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aCooperativeAppliesStepByStepAndGetsAReferenceAndAReceipt() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        long coopId = cooperative();
        var me = coop(coopId);
        long id = start(call, me);
        assertThat(start(call, me)).as("applying again resumes the same draft").isEqualTo(id);
        mvc.perform(get("/applications/" + id + "/project").with(user(me)))
                .andExpect(content().string(containsString("value=\"الزعفران\"")));
        mvc.perform(get("/applications/" + id).with(user(me)))
                .andExpect(content().string(containsString("ما زال ينقص قبل أن تتمكن من الإيداع")));
        fill(id, me);

        mvc.perform(get("/applications/" + id).with(user(me)))
                .andExpect(content().string(containsString("كل شيء جاهز")));
        mvc.perform(post("/applications/" + id + "/submit").with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/applications/" + id + "/submit").with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String reference = jdbc.sql("select reference from funding_application where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(reference).matches("TRD-" + LocalDate.now(Morocco.ZONE).getYear() + "-ESS-\\d{4}");
        assertThat(jdbc.sql("select count(*) from funding_application_event where application_id = :id and status = "
                + "'SUBMITTED'").param("id", id).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/applications/" + id).with(user(me)))
                .andExpect(content().string(containsString("تم إيداع ترشيحك. احتفظ بمرجعه:")))
                .andExpect(content().string(containsString("id=\"confirmed-reference\">" + reference + "<")));
        var mail = awaitMailMentioning(reference);
        assertThat(mail.getAllRecipients()[0].toString()).endsWith("@coop.example.ma");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getSubject()).contains(reference);
        var frozen = mvc.perform(post("/applications/" + id + "/project").with(user(me)).with(csrf())
                .param("title", "late")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(frozen.getFlashMap().get("flashError")).isEqualTo("funding.error.frozen");

        byte[] receipt = mvc.perform(get("/applications/" + id + "/receipt.pdf").with(user(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(receipt)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains(reference).contains("وصل إيداع الترشيح").contains("قاعة تجفيف الزعفران")
                    .contains("statuts.pdf");
        }
    }

    @Test
    void theFundingRulesAreCheckedAsTheyTypeWithTheExactMaximum() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        var me = coop(cooperative());
        long id = start(call, me);
        fill(id, me);
        mvc.perform(post("/applications/" + id + "/financing").header("HX-Request", "true").with(user(me))
                        .with(csrf()).param("publicRequested", "70000").param("ownCash", "10000")
                        .param("ownInKind", "20000").param("otherPartners", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("يمكنك أن تطلب على الأكثر 60\u202F000,00 درهم")))
                .andExpect(content().string(containsString("الدعم المطلوب (70\u202F000,00) يتجاوز الحد الأقصى")))
                .andExpect(content().string(containsString("الجزء العيني (20\u202F000,00) يتجاوز 50")));
        mvc.perform(get("/applications/" + id).with(user(me)))
                .andExpect(content().string(containsString("مخطط تمويل يحترم شروط الطلب")));
    }

    @Test
    void aBudgetPostedWithHundredsOfLinesIsAnsweredWithAMessageNotAnError() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        var me = coop(cooperative());
        long id = start(call, me);
        // more lines than a budget may have: the form again, with what was typed and the reason
        mvc.perform(post("/applications/" + id + "/budget").with(user(me)).with(csrf())
                        .param("rows[0].category", "EQUIPMENT").param("rows[0].label", "مجفف")
                        .param("rows[0].amount", "70000").param("rows[40].amount", "5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("30 سطرا على الأكثر")))
                .andExpect(content().string(containsString("value=\"مجفف\"")));
        // an index no page produces is a forged request: a bad request (the error page explains it)
        for (int index : new int[] {300, 100_000}) {
            mvc.perform(post("/applications/" + id + "/budget").with(user(me)).with(csrf())
                            .param("rows[0].amount", "70000").param("rows[" + index + "].amount", "5"))
                    .andExpect(status().isBadRequest());
        }
        assertThat(jdbc.sql("select count(*) from funding_budget_line where funding_application = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aProofSentFromTheFollowUpPageReturnsThereAndADocumentFromTheStepsToTheSteps() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        var me = coop(cooperative());
        long id = start(call, me);
        mvc.perform(multipart("/applications/" + id + "/documents")
                        .file(new MockMultipartFile("file", "proof.pdf", "application/pdf", PDF))
                        .param("code", "OWN_CONTRIBUTION_PROOF").param("back", "follow-up").with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/applications/" + id + "/follow-up#proofs"));
        mvc.perform(multipart("/applications/" + id + "/documents")
                        .file(new MockMultipartFile("file", "statuts.pdf", "application/pdf", PDF))
                        .param("code", "LEGAL_FILE").param("back", "https://elsewhere.example").with(user(me))
                        .with(csrf()))
                .andExpect(redirectedUrl("/applications/" + id + "/documents"));
    }

    @Test
    void anAmountIsReadWithACommaOrAPointAndSpacesBetweenThousands() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        var me = coop(cooperative());
        long id = start(call, me);
        mvc.perform(post("/applications/" + id + "/financing").with(user(me)).with(csrf())
                        .param("publicRequested", "60 000,50").param("ownCash", "20000.25").param("ownInKind", "0")
                        .param("otherPartners", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select public_requested from funding_application where id = :id").param("id", id)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("60000.50");
        assertThat(jdbc.sql("select own_cash from funding_application where id = :id").param("id", id)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("20000.25");
    }

    @Test
    void badFilesAreRefusedAndNothingIsStored() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        var me = coop(cooperative());
        long id = start(call, me);
        var png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        byte[] bomb = png.toByteArray().clone();
        // claim 100,000 x 100,000 pixels in the PNG header
        bomb[16] = 0; bomb[17] = 1; bomb[18] = (byte) 0x86; bomb[19] = (byte) 0xA0;
        bomb[20] = 0; bomb[21] = 1; bomb[22] = (byte) 0x86; bomb[23] = (byte) 0xA0;
        var cases = List.of(
                new MockMultipartFile("file", "fake.pdf", "application/pdf", "not a pdf at all".getBytes()),
                new MockMultipartFile("file", "../../etc/passwd.pdf", "application/pdf", PDF),
                new MockMultipartFile("file", "bad\u0007name.pdf", "application/pdf", PDF),
                new MockMultipartFile("file", "huge.pdf", "application/pdf", new byte[11 * 1024 * 1024]),
                new MockMultipartFile("file", "bomb.png", "image/png", bomb),
                new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]));
        var expected = List.of("platform.upload.badType", "platform.upload.badName", "platform.upload.badName",
                "platform.upload.tooLarge", "platform.upload.badImage", "platform.upload.empty");
        for (int i = 0; i < cases.size(); i++) {
            var result = mvc.perform(multipart("/applications/" + id + "/documents").file(cases.get(i))
                    .param("code", "LEGAL_FILE").with(user(me)).with(csrf())).andReturn();
            var session = result.getResponse().getCookie("SESSION");
            assertThat(result.getFlashMap().get("flashError")).as(cases.get(i).getOriginalFilename())
                    .isEqualTo(expected.get(i));
            // the page the refusal leads to says it with its arguments, never a bare {0}
            String shown = mvc.perform(get("/applications/" + id + "/documents").with(user(me)).cookie(session))
                    .andReturn().getResponse().getContentAsString();
            assertThat(shown).as(cases.get(i).getOriginalFilename()).contains("alert-danger").doesNotContain("{0}");
            if (expected.get(i).equals("platform.upload.tooLarge")) {
                assertThat(shown).contains("يتجاوز 10 ميغابايت");
            }
        }
        assertThat(jdbc.sql("select count(*) from funding_document where application_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        mvc.perform(multipart("/applications/" + id + "/documents")
                        .file(new MockMultipartFile("file", "photo.png", "image/png", png.toByteArray()))
                        .param("code", "LEGAL_FILE").with(user(me)).with(csrf()));
        assertThat(jdbc.sql("select content_type from funding_document where application_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("image/png");
    }

    @Test
    void anotherCooperativeCannotReadOrChangeAnApplicationOrItsDocuments() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        var owner = coop(cooperative());
        var other = coop(cooperative());
        long id = start(call, owner);
        fill(id, owner);
        long document = jdbc.sql("select id from funding_document where application_id = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(get("/applications/" + id).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(get("/applications/" + id + "/budget").with(user(other))).andExpect(status().isForbidden());
        mvc.perform(get("/applications/" + id + "/documents/" + document).with(user(other)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/applications/" + id + "/project").with(user(other)).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/applications/" + id + "/submit").with(user(other)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/applications/" + id + "/documents/" + document).with(user(admin())))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get("/applications/" + id).with(user(reviewer()))).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/applications/" + id).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applications/" + id + "/documents/" + document).with(user(other)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applications").with(user(other)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()")
                        .value(0));
        mvc.perform(get("/api/v1/applications/" + id).with(user(owner))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.documents[0].id").value(document));
        mvc.perform(get("/api/v1/applications/" + id + "/documents/" + document).with(user(owner)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get("/api/v1/applications").with(user(owner)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].id")
                        .value(id));
        mvc.perform(get("/api/v1/applications/" + id).with(user(reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applications/999999999").with(user(owner))).andExpect(status().isNotFound());
    }

    @Test
    void submittingOneMinuteBeforeTheDeadlineWorksAndOneMinuteAfterIsRefused() throws Exception {
        LocalDateTime closes = LocalDateTime.now(Morocco.ZONE).plusDays(3).withSecond(0).withNano(0);
        long call = openCall(closes);
        Instant deadline = closes.atZone(Morocco.ZONE).toInstant();
        var early = coop(cooperative());
        var late = coop(cooperative());
        long onTime = start(call, early);
        long tooLate = start(call, late);
        fill(onTime, early);
        fill(tooLate, late);

        clock.set(deadline.minusSeconds(60));
        mvc.perform(post("/applications/" + onTime + "/submit").with(user(early)).with(csrf()));
        clock.set(deadline.plusSeconds(60));
        var refused = mvc.perform(post("/applications/" + tooLate + "/submit").with(user(late)).with(csrf()))
                .andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("funding.error.deadline");
        assertThat(statusOf(onTime)).isEqualTo("SUBMITTED");
        assertThat(statusOf(tooLate)).isEqualTo("DRAFT");
        assertThat(TYPED.format(closes)).isNotBlank();
    }

    @Test
    void theCommitteeReturnsAFileForCorrectionsThenMarksItComplete() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        var me = coop(cooperative());
        long id = start(call, me);
        fill(id, me);
        mvc.perform(post("/applications/" + id + "/submit").with(user(me)).with(csrf()));
        String reference = jdbc.sql("select reference from funding_application where id = :id").param("id", id)
                .query(String.class).single();
        mvc.perform(post("/applications/" + id + "/complete").with(user(me)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/applications/" + id + "/return").with(user(admin())).with(csrf())
                .param("comment", "الحصيلة غير موقعة").param("deadline", "31/12/2030"));
        assertThat(statusOf(id)).isEqualTo("RETURNED");
        mvc.perform(get("/applications/" + id).with(user(me)))
                .andExpect(content().string(containsString("أرجعت اللجنة ملفك للتصحيح")))
                .andExpect(content().string(containsString("الحصيلة غير موقعة")));
        mvc.perform(post("/applications/" + id + "/project").with(user(me)).with(csrf())
                .param("title", "قاعة تجفيف الزعفران").param("valueChain", "الزعفران")
                .param("description", "وصف مصحح")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/applications/" + id + "/submit").with(user(me)).with(csrf()));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select reference from funding_application where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(reference);
        mvc.perform(post("/applications/" + id + "/complete").with(user(admin())).with(csrf()));
        assertThat(statusOf(id)).isEqualTo("COMPLETE");
        mvc.perform(get("/applications/" + id).with(user(me)).param("lang", "en"))
                .andExpect(content().string(containsString("Returned for corrections")))
                .andExpect(content().string(containsString("Complete, waiting for review")));
    }

    @Test
    void anIneligibleCooperativeCannotStartAnApplication() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        long men = register(CooperativeBuilder.aCooperative("تعاونية الرجال", uniqueNumber()).latin("Men")
                .createdOn(LocalDate.of(2010, 1, 1)).in(5L).presidedBy("Ali", Sex.M, 1960).members(0, 9, 0, 0)
                .form());
        var result = mvc.perform(post("/calls/" + call + "/apply").with(user(coop(men))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("flashError")).isEqualTo("funding.error.notEligible");
        assertThat(jdbc.sql("select count(*) from funding_application where cooperative_id = :c").param("c", men)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theCommitteeListsCountsTotalsAndExportsTheApplicationsOfACall() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        var first = coop(cooperative());
        var second = coop(cooperative());
        long submitted = start(call, first);
        fill(submitted, first);
        mvc.perform(post("/applications/" + submitted + "/submit").with(user(first)).with(csrf()));
        long draft = start(call, second);
        fill(draft, second);
        mvc.perform(get("/calls/" + call + "/applications").param("lang", "en").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 applications · project costs 200,000.00 MAD")))
                .andExpect(content().string(containsString("support requested 120,000.00 MAD")));
        mvc.perform(get("/calls/" + call + "/applications").param("status", "SUBMITTED").param("lang", "en")
                .with(user(admin()))).andExpect(content().string(containsString("1 application ")));
        mvc.perform(get("/calls/" + call + "/applications").param("sector", "HONEY").param("lang", "en")
                .with(user(admin()))).andExpect(content().string(containsString("0 applications")));
        mvc.perform(get("/calls/" + call + "/applications").with(user(first))).andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(get("/calls/" + call + "/applications.xlsx").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("المرجع");
            assertThat(rows.get(1).getCellText(0)).startsWith("TRD-");
        }
    }

    @Autowired
    ma.tiwizi.bizplan.BusinessPlans plans;

    @Test
    void theBudgetAndFinancingComeFromTheBusinessPlanWithoutRetyping() throws Exception {
        long call = openCall(LocalDateTime.now(Morocco.ZONE).plusDays(10));
        long coopId = cooperative();
        var me = coop(coopId);
        var input = ma.tiwizi.bizplan.engine.SamplePlans.saffron(new ma.tiwizi.bizplan.engine.PlanInput.Loan(
                new java.math.BigDecimal("50000"), new java.math.BigDecimal("5"), 5, 1,
                ma.tiwizi.bizplan.engine.PlanInput.Repayment.ANNUITY));
        long plan = asCooperative(me, () -> plans.create(coopId, "قاعة التجفيف", input));
        long otherPlan = asAdmin(() -> plans.create(cooperative(), "مخطط آخر", input));
        long id = start(call, me);
        mvc.perform(get("/applications/" + id + "/budget").with(user(me)))
                .andExpect(content().string(containsString("خذ الميزانية والتمويل من مخطط أعمالك")));
        mvc.perform(post("/applications/" + id + "/from-plan").param("plan", plan + ":1").with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var lines = jdbc.sql("select category || ':' || amount from funding_budget_line where funding_application = :id "
                + "order by funding_application_key").param("id", id).query(String.class).list();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("EQUIPMENT:200000");
        assertThat(lines.get(1)).startsWith("WORKING_CAPITAL:");
        assertThat(jdbc.sql("select public_requested from funding_application where id = :id").param("id", id)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("120000");
        mvc.perform(get("/applications/" + id).with(user(admin())))
                .andExpect(content().string(containsString("مخطط الأعمال المرفق")))
                .andExpect(content().string(containsString("/plans/" + plan + "?version=1")));
        mvc.perform(post("/applications/" + id + "/from-plan").param("plan", otherPlan + ":1").with(user(me))
                .with(csrf())).andExpect(status().isForbidden());
    }

    private static <T> T asCooperative(TiwiziPrincipal who, java.util.function.Supplier<T> action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(who, null, who.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** The confirmation is sent after the submission commits, asynchronously: wait for it, up to 10 seconds. */
    private static jakarta.mail.internet.MimeMessage awaitMailMentioning(String text) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (var message : MAIL.getReceivedMessages()) {
                if (message.getSubject() != null && message.getSubject().contains(text)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail mentioning " + text);
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from funding_application where id = :id").param("id", id)
                .query(String.class).single();
    }
}
