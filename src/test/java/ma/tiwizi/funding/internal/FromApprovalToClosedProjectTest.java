package ma.tiwizi.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.registry.CooperativeBuilder;
import ma.tiwizi.registry.Sex;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The chain after a submission: complete, approved, agreement signed, tranches paid as conditions hold, closed. */
class FromApprovalToClosedProjectTest extends PostgresIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4 proof".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    Calls calls;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reviews reviews;

    @Autowired
    ma.tiwizi.accounts.AccountDirectory accounts;

    private String flashError(MvcResult result) {
        return (String) result.getFlashMap().get("flashError");
    }

    @Test
    void anApprovedProjectIsPaidInTranchesOnlyAsItsConditionsHold() throws Exception {
        var form = CallBuilder.aCall("طلب الدفعات " + uniqueNumber()).form();
        long call = asAdmin(() -> calls.publish(form));
        String number = uniqueNumber();
        String email = number.toLowerCase() + "@tranches.example.ma";
        long coopId = register(CooperativeBuilder.aCooperative("تعاونية الدفعات", number).latin("Tranches coop")
                .createdOn(LocalDate.of(2020, 1, 1)).in(9L).reachedAt("", email).presidedBy("Lalla", Sex.F, 1980)
                .members(6, 2, 1, 0).form());
        TiwiziPrincipal me = coop(coopId);
        String location = mvc.perform(post("/calls/" + call + "/apply").with(user(me)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.split("/")[2]);
        mvc.perform(post("/applications/" + id + "/project").with(user(me)).with(csrf()).param("title", "معصرة")
                .param("valueChain", "العسل").param("description", "وصف"));
        mvc.perform(post("/applications/" + id + "/budget").with(user(me)).with(csrf())
                .param("rows[0].category", "EQUIPMENT").param("rows[0].label", "معدات")
                .param("rows[0].amount", "100000.05"));
        mvc.perform(post("/applications/" + id + "/financing").with(user(me)).with(csrf())
                .param("publicRequested", "60000.03").param("ownCash", "20000.02").param("ownInKind", "20000")
                .param("otherPartners", "0"));
        mvc.perform(post("/applications/" + id + "/submit").with(user(me)).with(csrf()));
        mvc.perform(post("/applications/" + id + "/complete").with(user(admin())).with(csrf()));
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        mvc.perform(multipart("/applications/" + id + "/visits")
                .file(new MockMultipartFile("photos", "site.png", "image/png", png.toByteArray()))
                .param("visitedOn", "10/12/2026").param("progress", "0").param("projectStatus", "ON_TRACK")
                .param("jobsWomen", "0").param("jobsMen", "0").param("jobsYouth", "0")
                .param("findings", "المقر مناسب").with(user(admin())).with(csrf()));
        long photo = jdbc.sql("select p.id from funding_visit_photo p join funding_visit v on v.id = p.visit_id "
                + "where v.application_id = :id").param("id", id).query(Long.class).single();
        mvc.perform(get("/applications/" + id + "/photos/" + photo).with(user(admin())))
                .andExpect(status().isOk()).andExpect(content().bytes(png.toByteArray()));
        TwoReviews.of(id, reviews, accounts);
        int version = jdbc.sql("select version from funding_application where id = :id").param("id", id)
                .query(Integer.class).single();
        mvc.perform(post("/applications/" + id + "/decision").with(user(admin())).with(csrf())
                .param("decision", "APPROVED").param("amount", "60000.03").param("version", String.valueOf(version)));

        mvc.perform(post("/applications/" + id + "/agreement").with(user(me)).with(csrf()).param("obligations", "x")
                .param("startsOn", "01/01/2027").param("endsOn", "31/12/2027")).andExpect(status().isForbidden());
        mvc.perform(post("/applications/" + id + "/agreement").with(user(admin())).with(csrf())
                .param("obligations", "إنجاز المشروع داخل الأجل وتقديم الفواتير")
                .param("startsOn", "01/01/2027").param("endsOn", "31/12/2027"));
        var amounts = jdbc.sql("select amount from funding_tranche where application_id = :id order by number")
                .param("id", id).query(BigDecimal.class).list();
        assertThat(amounts).hasSize(3);
        assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("60000.03");
        int first = 1;
        int second = 2;

        assertThat(flashError(mvc.perform(post("/applications/" + id + "/tranches/" + first + "/release")
                .with(user(admin())).with(csrf()).param("paymentReference", "VIR-1")).andReturn()))
                .isEqualTo("funding.error.conditions");
        mvc.perform(multipart("/applications/" + id + "/agreement/signed")
                .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", PDF)).with(user(admin()))
                .with(csrf()));
        assertThat(home(me)).contains("أرسلوا ما يثبت مساهمتكم الذاتية").doesNotContain("أرسلوا تقرير نفقات");
        mvc.perform(multipart("/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "bank.pdf", "application/pdf", PDF))
                .param("code", "OWN_CONTRIBUTION_PROOF").with(user(me)).with(csrf()));
        assertThat(home(me)).doesNotContain("أرسلوا ما يثبت مساهمتكم الذاتية").doesNotContain("أرسلوا تقرير نفقات");
        mvc.perform(post("/applications/" + id + "/tranches/" + first + "/release").with(user(admin())).with(csrf())
                .param("paymentReference", "VIR-1"));
        assertThat(flashError(mvc.perform(post("/applications/" + id + "/tranches/" + first + "/release")
                .with(user(admin())).with(csrf()).param("paymentReference", "VIR-1-again")).andReturn()))
                .isEqualTo("funding.error.alreadyReleased");

        assertThat(flashError(mvc.perform(post("/applications/" + id + "/tranches/" + second + "/release")
                .with(user(admin())).with(csrf()).param("paymentReference", "VIR-2")).andReturn()))
                .isEqualTo("funding.error.conditions");
        mvc.perform(post("/applications/" + id + "/visits").with(user(admin())).with(csrf())
                .param("visitedOn", "15/03/2027").param("progress", "45").param("projectStatus", "ON_TRACK")
                .param("jobsWomen", "3").param("jobsMen", "1").param("jobsYouth", "2").param("revenue", "12000")
                .param("findings", "المعدات مركبة"));
        assertThat(home(me)).as("the first tranche is paid: the next waits for the expense report")
                .contains("أرسلوا تقرير نفقات").contains("href=\"/applications/" + id + "\"");
        mvc.perform(multipart("/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "expenses.pdf", "application/pdf", PDF))
                .param("code", "EXPENSE_REPORT").with(user(me)).with(csrf()));
        assertThat(home(me)).doesNotContain("أرسلوا تقرير نفقات");
        mvc.perform(post("/applications/" + id + "/tranches/" + second + "/release").with(user(admin())).with(csrf())
                .param("paymentReference", "VIR-2"));
        var next = CallBuilder.aCall("طلب لاحق " + uniqueNumber()).refusingCooperativesWithAnOpenFundedProject().form();
        long nextCall = asAdmin(() -> calls.publish(next));
        mvc.perform(get("/calls/" + nextCall).with(user(me)))
                .andExpect(content().string(containsString("ما زال لتعاونيتك مشروع ممول قيد الإنجاز")));
        mvc.perform(post("/applications/" + id + "/visits").with(user(admin())).with(csrf())
                .param("visitedOn", "01/12/2027").param("progress", "100").param("projectStatus", "CLOSED")
                .param("jobsWomen", "4").param("jobsMen", "1").param("jobsYouth", "3").param("findings", "اختتام"));
        mvc.perform(post("/applications/" + id + "/tranches/3/release").with(user(admin()))
                .with(csrf()).param("paymentReference", "VIR-3"));

        mvc.perform(get("/calls/" + nextCall).with(user(me)))
                .andExpect(content().string(containsString("ليس لتعاونيتك أي مشروع ممول ما زال قيد الإنجاز")));
        assertThat(jdbc.sql("select count(*) from funding_tranche where application_id = :id and released_on is not "
                + "null").param("id", id).query(Long.class).single()).isEqualTo(3);
        mvc.perform(get("/applications/" + id + "/follow-up").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("المؤدى إلى الآن: 60\u202F000,03 درهم")))
                .andExpect(content().string(containsString("مختتم")))
                .andExpect(content().string(containsString("زيارة ميدانية قبل القرار")));
        mvc.perform(get("/applications/" + id).with(user(me)))
                .andExpect(content().string(containsString("الاتفاقية جاهزة للتوقيع")))
                .andExpect(content().string(containsString("تم أداء دفعة")));
        for (int i = 0; i < 100 && java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m)
                .equals(email)).count() < 5; i++) {
            Thread.sleep(100);
        }
        assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m).equals(email)))
                .extracting(m -> m.getSubject()).anyMatch(subject -> subject.contains("اتفاقيتك جاهزة"))
                .anyMatch(subject -> subject.contains("تم الأداء"));
        long other = register(CooperativeBuilder.aCooperative("تعاونية أخرى", uniqueNumber()).latin("Other")
                .createdOn(LocalDate.of(2020, 1, 1)).in(9L).presidedBy("X", Sex.F, 1980).members(6, 2, 1, 0).form());
        mvc.perform(get("/applications/" + id + "/follow-up").with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(get("/applications/" + id + "/photos/" + photo).with(user(coop(other))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/applications/" + id + "/agreement.pdf").with(user(coop(other))))
                .andExpect(status().isForbidden());

        byte[] agreement = mvc.perform(get("/applications/" + id + "/agreement.pdf").with(user(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(agreement)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("اتفاقية تمويل").contains("تعاونية الدفعات").contains("60 000,03");
        }
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }


    /** The cooperative's start page, its to-do list. */
    private String home(TiwiziPrincipal user) throws Exception {
        return mvc.perform(get("/").with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
