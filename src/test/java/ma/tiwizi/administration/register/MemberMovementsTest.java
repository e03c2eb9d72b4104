package ma.tiwizi.administration.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ma.tiwizi.Acting;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Withdrawals (law 112-12, arts. 18-19): asked in time or for the next year-end, answered within 20 days. */
class MemberMovementsTest extends PostgresIntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MemberRegister register;
    @Autowired Refunds refunds;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Africa/Casablanca"));
    }

    private long member(TiwiziPrincipal president, String name, String sex) throws Exception {
        mvc.perform(post("/administration/members").with(user(president)).with(csrf()).param("fullName", name)
                .param("sex", sex).param("birthYear", "1985").param("joinedOn", "01/02/2020").param("shares", "2")
                .param("shareValue", "100").param("paid", "200")).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from administration_member where cooperative_id = :c and full_name = :n")
                .param("c", president.cooperativeId()).param("n", name).query(Long.class).single();
    }

    private String leavesOn(long member) {
        LocalDate on = jdbc.sql("select leaves_on from administration_member where id = :m").param("m", member)
                .query(LocalDate.class).optional().orElse(null);
        return on == null ? null : DAY.format(on);
    }

    @Test
    void aWithdrawalAskedInTimeTakesEffectAtTheYearEndAndTheMemberLeavesTheRegisterThen() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الانسحاب", uniqueNumber()).form());
        var president = coop(id);
        long fatima = member(president, "فاطمة", "F");
        member(president, "حسن", "M");
        int lastYear = today().getYear() - 1;

        mvc.perform(post("/administration/members/" + fatima + "/withdrawal").with(user(president)).with(csrf())
                        .param("requestedOn", "15/11/" + lastYear))
                .andExpect(redirectedUrl("/administration/members/" + fatima))
                .andExpect(flash().attribute("flashError", "administration.rule.withdrawalTooLate"))
                .andExpect(flash().attribute("flashArgs", new Object[] {"31/10/" + lastYear, "31/12/" + lastYear,
                        "31/12/" + today().getYear()}));
        assertThat(leavesOn(fatima)).as("nothing written").isNull();

        mvc.perform(post("/administration/members/" + fatima + "/withdrawal").with(user(president)).with(csrf())
                        .param("requestedOn", "31/10/" + lastYear))
                .andExpect(flash().attribute("flash", "administration.flash.withdrawalAsked"));
        assertThat(leavesOn(fatima)).isEqualTo("31/12/" + lastYear);
        mvc.perform(post("/administration/members/" + fatima + "/withdrawal").with(user(president)).with(csrf())
                        .param("requestedOn", DAY.format(today())))
                .andExpect(flash().attribute("flashError", "administration.error.withdrawalPending"));
        mvc.perform(post("/administration/members/" + fatima + "/withdrawal/answer").with(user(president))
                        .with(csrf()).param("accepted", "false").param("reason", "ديون غير مؤداة"))
                .andExpect(flash().attribute("flashError", "administration.rule.acceptedBySilence"));

        register.departures();

        assertThat(jdbc.sql("select status from administration_member where id = :m").param("m", fatima)
                .query(String.class).single()).isEqualTo("LEFT");
        var view = asAdmin(() -> registry.get(id));
        assertThat(view.membersWomen()).as("the registry counts follow the register").isZero();
        assertThat(view.membersMen()).isOne();
        mvc.perform(get("/administration/members/" + fatima).with(user(president)).param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("طلب انسحاب، المغادرة في")))
                .andExpect(content().string(containsString("31/12/" + lastYear)))
                .andExpect(content().string(containsString("مغادرة")))
                .andExpect(content().string(not(containsString("id=\"withdrawal-request\""))));
        mvc.perform(post("/administration/members/" + fatima + "/payments").with(user(president)).with(csrf())
                        .param("amount", "10").param("paidOn", DAY.format(today())).param("receipt", "و 1"))
                .andExpect(flash().attribute("flashError", "administration.error.notMember"));

        // her refund (arts. 21, 30): 200 paid, less 20 of losses, plus 5 of rebates, less 10 owed; the capital of
        // 400 is below the legal minimum of 1,000, so nothing can be paid before the capital allows it
        String page = "/administration/members/" + fatima;
        mvc.perform(get(page).with(user(president)).param("lang", "fr").param("losses", "20")
                        .param("rebates", "5").param("debts", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("175,00")))
                .andExpect(content().string(containsString("Payable le 15/07/" + today().getYear())))
                .andExpect(content().string(containsString("au plus tard le 15/07/" + (today().getYear() + 5))));
        mvc.perform(get(page).with(user(president)).param("losses", "-1"))
                .andExpect(content().string(containsString("id=\"refund-error\"")));
        mvc.perform(post(page + "/refund").with(user(president)).with(csrf()).param("losses", "20")
                        .param("rebates", "5").param("debts", "10"))
                .andExpect(flash().attribute("flash", "administration.flash.refundSettled"));
        mvc.perform(post(page + "/refund").with(user(president)).with(csrf()).param("losses", "0")
                        .param("rebates", "0").param("debts", "0"))
                .andExpect(flash().attribute("flashError", "administration.error.refundSettled"));
        mvc.perform(post(page + "/refund/payments").with(user(president)).with(csrf()).param("amount", "200")
                        .param("paidOn", DAY.format(today())).param("receipt", "شيك 4"))
                .andExpect(flash().attribute("flashError", "administration.error.payTooMuch"));
        mvc.perform(post(page + "/refund/payments").with(user(president)).with(csrf()).param("amount", "175")
                        .param("paidOn", DAY.format(today())).param("receipt", "شيك 4"))
                .andExpect(flash().attribute("flash", "administration.flash.refundPaid"));
        mvc.perform(get(page).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("استرداد مدفوع")))
                .andExpect(content().string(containsString("id=\"refund-owed\"")));
    }

    @Test
    void aLateRequestLeavesAtTheNextYearEndAndIsRefusedWithItsReasonWithinTwentyDays() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الرفض", uniqueNumber()).form());
        var president = coop(id);
        long said = member(president, "سعيد", "M");
        String page = "/administration/members/" + said;

        mvc.perform(post(page + "/withdrawal").with(user(president)).with(csrf())
                        .param("requestedOn", DAY.format(today())).param("nextYear", "true"))
                .andExpect(flash().attribute("flash", "administration.flash.withdrawalAsked"));
        assertThat(leavesOn(said)).isEqualTo("31/12/" + (today().getYear() + 1));
        mvc.perform(get(page).with(user(president)).param("lang", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("le membre part le 31/12/" + (today().getYear() + 1))))
                .andExpect(content().string(containsString("Répondre au plus tard le "
                        + DAY.format(today().plusDays(20)))));

        mvc.perform(post(page + "/withdrawal/answer").with(user(president)).with(csrf()).param("accepted", "false")
                .param("reason", " ")).andExpect(flash().attribute("flashError", "administration.error.refusalReason"));
        mvc.perform(post(page + "/withdrawal/answer").with(user(coop(register(CooperativeBuilder
                        .aCooperative("تعاونية أخرى", uniqueNumber()).form())))).with(csrf())
                        .param("accepted", "false").param("reason", "لا"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/withdrawal/answer").with(user(president)).with(csrf()).param("accepted", "false")
                .param("reason", "ديون غير مؤداة"))
                .andExpect(flash().attribute("flash", "administration.flash.withdrawalRefused"));

        assertThat(leavesOn(said)).as("the member stays").isNull();
        mvc.perform(get(page).with(user(president)).param("lang", "ar")).andExpect(status().isOk())
                .andExpect(content().string(containsString("رفض الانسحاب")))
                .andExpect(content().string(containsString("ديون غير مؤداة")))
                .andExpect(content().string(containsString("id=\"withdrawal-request\"")));
    }

    @Test
    void theRestOfTheSharesIsCalledWithinThreeYearsAndAMemberBehindOnACallDoesNotVote() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الطلبات", uniqueNumber()).form());
        var president = coop(id);
        mvc.perform(post("/administration/members").with(user(president)).with(csrf()).param("fullName", "زينب")
                .param("sex", "F").param("birthYear", "1992").param("joinedOn", DAY.format(today().minusYears(1)))
                .param("shares", "4").param("shareValue", "100").param("paid", "100"))
                .andExpect(status().is3xxRedirection());
        long zineb = jdbc.sql("select id from administration_member where cooperative_id = :c and full_name = 'زينب'")
                .param("c", id).query(Long.class).single();
        member(president, "حسن", "M");

        mvc.perform(post("/administration/members/calls").with(user(president)).with(csrf()).param("percent", "50")
                        .param("dueOn", DAY.format(today().plusYears(3))))
                .andExpect(flash().attribute("flashError", "administration.rule.callTooLate"))
                .andExpect(flash().attribute("flashArgs", new Object[] {"زينب",
                        DAY.format(today().minusYears(1).plusYears(3))}));
        mvc.perform(post("/administration/members/calls").with(user(president)).with(csrf()).param("percent", "0")
                .param("dueOn", DAY.format(today().plusDays(30))))
                .andExpect(flash().attribute("flashError", "administration.error.callPercent"));
        mvc.perform(post("/administration/members/calls").with(user(president)).with(csrf()).param("percent", "50")
                        .param("dueOn", DAY.format(today().plusDays(30))))
                .andExpect(flash().attribute("flash", "administration.flash.called"))
                .andExpect(flash().attribute("flashArgs", new Object[] {1}));
        assertThat(jdbc.sql("select called from administration_member where id = :m").param("m", zineb)
                .query(BigDecimal.class).single()).isEqualByComparingTo("250.00");
        mvc.perform(post("/administration/members/calls").with(user(admin())).with(csrf()).param("percent", "50")
                .param("dueOn", DAY.format(today().plusDays(30)))).andExpect(status().isForbidden());

        jdbc.sql("update administration_member set called_due_on = :d where id = :m")
                .param("d", today().minusDays(1)).param("m", zineb).update();
        mvc.perform(get("/administration/members").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"behind-" + zineb + "\"")))
                .andExpect(content().string(containsString("متأخر عن الأداء: لا يصوّت (المادة 29)")));
        assertThat(asAdmin(() -> register.notVoting(id))).containsExactly(zineb);

        mvc.perform(post("/administration/members/" + zineb + "/payments").with(user(president)).with(csrf())
                .param("amount", "150").param("paidOn", DAY.format(today())).param("receipt", "وصل 7"))
                .andExpect(flash().attribute("flash", "administration.flash.paid"));
        assertThat(asAdmin(() -> register.notVoting(id))).isEmpty();
        mvc.perform(get("/administration/members/" + zineb).with(user(president)).param("lang", "fr"))
                .andExpect(content().string(containsString("Appel sur les parts, échéance")));
    }

    @Test
    void aRefundThatWouldTakeTheCapitalBelowThreeQuartersOfItsPeakIsPaidInPartAndTheRestDeferred() {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الرأسمال", uniqueNumber()).form());
        for (int n = 1; n <= 6; n++) {
            String status = n == 1 ? "LEFT" : n == 2 ? "LEFT" : "MEMBER";
            LocalDate left = n == 1 ? LocalDate.of(2024, 12, 31) : n == 2 ? LocalDate.of(2025, 12, 31) : null;
            jdbc.sql("""
                    insert into administration_member (cooperative_id, number, full_name, sex, joined_on, shares,
                        share_value, paid, called, status, left_on, recorded_at, recorded_by)
                    values (:c, :n, :name, 'F', :joined, 5, 100, 500, 500, :status, :left, now(), 'test')""")
                    .param("c", id).param("n", n).param("name", "عضوة " + n).param("joined", LocalDate.of(2020, 2, 1))
                    .param("status", status).param("left", left).update();
        }
        long second = jdbc.sql("select id from administration_member where cooperative_id = :c and number = 2")
                .param("c", id).query(Long.class).single();

        // the capital peaked at 3,000; with her 500 still owed it is 2,500 and may not fall below 2,250
        var refund = Acting.as(coop(id), () -> refunds.refund(second, Refunds.RefundTerms.NONE));

        assertThat(refund.amount()).isEqualByComparingTo("500.00");
        assertThat(refund.payableNow()).isEqualByComparingTo("250.00");
        assertThat(refund.deferred()).isEqualByComparingTo("250.00");
        assertThat(refund.payableOn()).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void aLineIsReadByItsCooperativeAndStaffAndByNoOtherCooperative() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية القراءة", uniqueNumber()).form());
        long other = register(CooperativeBuilder.aCooperative("تعاونية الجار", uniqueNumber()).form());
        long amina = member(coop(id), "أمينة", "F");

        mvc.perform(get("/administration/members/" + amina).with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(get("/administration/members/" + amina).with(user(reviewer())).param("lang", "ar"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("أمينة")))
                .andExpect(content().string(not(containsString("/withdrawal\""))));
        mvc.perform(post("/administration/members/" + amina + "/withdrawal").with(user(admin())).with(csrf())
                .param("requestedOn", DAY.format(today()))).andExpect(status().isForbidden());
        mvc.perform(get("/administration/members/999999999").with(user(coop(id)))).andExpect(status().isNotFound());
        mvc.perform(get("/administration/members").with(user(coop(id))))
                .andExpect(content().string(containsString("href=\"/administration/members/" + amina + "\"")));
    }
}
