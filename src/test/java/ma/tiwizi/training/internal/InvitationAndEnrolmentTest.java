package ma.tiwizi.training.internal;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.Role;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class InvitationAndEnrolmentTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Programmes programmes;

    private long session(int capacity) {
        long trainer = asAdmin(() -> accounts.openInitial("t" + uniqueNumber().toLowerCase().replace("-", ""),
                "مكون", "trainer-password", Role.TRAINER, null));
        long programme = asAdmin(() -> programmes.create(new ProgrammeForm("دورة " + uniqueNumber(),
                LocalDate.of(2030, 7, 1), LocalDate.of(2030, 7, 10), "دار المبادرة", 49, 1, List.of())));
        long module = jdbc.sql("select id from training_module where code = 'FINANCIAL_MANAGEMENT'")
                .query(Long.class).single();
        asAdmin(() -> programmes.schedule(programme, new SessionForm(module, trainer, LocalDate.of(2030, 7, 2),
                LocalTime.of(9, 0), LocalTime.of(12, 0), "قاعة " + uniqueNumber(), capacity)));
        return jdbc.sql("select id from training_session where programme_id = :p").param("p", programme)
                .query(Long.class).single();
    }

    private long cooperative(String name, Sex president, String email, int financeAnswer) throws Exception {
        long commune = jdbc.sql("select min(id) from territory_commune where cercle = 'Taliouine'").query(Long.class)
                .single();
        long id = register(CooperativeBuilder.aCooperative(name, uniqueNumber()).latin("Coop")
                .createdOn(LocalDate.of(2018, 1, 1)).in(commune).in(Sector.SAFFRON).reachedAt("", email)
                .presidedBy("رئيس", president, 1980).members(6, 2, 1, 0).form());
        var diagnostic = post("/cooperatives/" + id + "/diagnostic").with(user(admin())).with(csrf());
        for (int i = 0; i < 20; i++) {
            diagnostic.param("answers[" + i + "]", i >= 4 && i < 8 ? String.valueOf(financeAnswer) : "2");
        }
        mvc.perform(diagnostic).andExpect(status().is3xxRedirection());
        return id;
    }

    private long invitationOf(long session, long cooperative) {
        return jdbc.sql("select id from training_invitation where session_id = :s and cooperative_id = :c")
                .param("s", session).param("c", cooperative).query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder participant(long invitation, long cooperative, String name,
            String phone) {
        return post("/training/invitations/" + invitation + "/participants").with(user(coop(cooperative)))
                .with(csrf()).param("fullName", name).param("sex", "F").param("ageBand", "FROM_25_TO_34")
                .param("phone", phone);
    }

    private String seat(String name) {
        return jdbc.sql("select status from training_participant where full_name = :n").param("n", name)
                .query(String.class).single();
    }

    @Test
    void anAdministratorInvitesByFilterAndEachInvitedCooperativeIsEmailedOnce() throws Exception {
        long session = session(25);
        String email = "coop-" + uniqueNumber().toLowerCase() + "@example.ma";
        long target = cooperative("تعاونية نسائية ضعيفة ماليا", Sex.F, email, 0);
        long ledByAMan = cooperative("تعاونية رجالية ضعيفة ماليا", Sex.M, "", 0);
        long strong = cooperative("تعاونية نسائية قوية ماليا", Sex.F, "", 3);

        var invite = post("/admin/training/sessions/" + session + "/invite").with(user(admin())).with(csrf())
                .param("cercle", "Taliouine").param("womenLed", "true").param("weakIn", "FINANCE");
        mvc.perform(invite).andExpect(status().is3xxRedirection());
        mvc.perform(invite).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select cooperative_id from training_invitation where session_id = :s")
                .param("s", session).query(Long.class).list()).containsOnlyOnce(target).doesNotContain(ledByAMan,
                        strong).doesNotHaveDuplicates();

        for (int i = 0; i < 100 && mailsTo(email) < 1; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m).equals(email)))
                .singleElement().satisfies(m -> {
                    assertThat(m.getSubject()).contains("دعوة إلى التكوين: التدبير المالي");
                    assertThat(((String) m.getContent())).contains("02/07/2030 09:00").contains("/training/invitations");
                });
        mvc.perform(get("/training/invitations").with(user(coop(target))))
                .andExpect(content().string(containsString("التدبير المالي")));
        mvc.perform(get("/training/invitations").with(user(coop(strong))))
                .andExpect(content().string(containsString("لم تتلق تعاونيتكم أي دعوة")));
        mvc.perform(invite.with(user(coop(target)))).andExpect(status().isForbidden());
    }

    @Test
    void beyondCapacityParticipantsWaitAndMoveUpWhenSomeoneWithdraws() throws Exception {
        long session = session(2);
        long cooperative = cooperative("تعاونية المقاعد", Sex.F, "", 0);
        mvc.perform(post("/admin/training/sessions/" + session + "/invite").with(user(admin())).with(csrf())
                .param("cercle", "Taliouine").param("womenLed", "true").param("weakIn", "FINANCE"));
        long invitation = invitationOf(session, cooperative);
        String tag = uniqueNumber();
        mvc.perform(get("/").with(user(coop(cooperative))).param("lang", "ar"))
                .andExpect(content().string(containsString("سمّوا من سيحضر «التدبير المالي» يوم 02/07/2030")))
                .andExpect(content().string(containsString("href=\"/training/invitations/" + invitation + "\"")));
        mvc.perform(participant(invitation, cooperative, "فاطمة " + tag, "0612345601"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(user(coop(cooperative))).param("lang", "ar"))
                .andExpect(content().string(not(containsString("/training/invitations/" + invitation))));
        mvc.perform(participant(invitation, cooperative, "خديجة " + tag, "0612345602"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(participant(invitation, cooperative, "عائشة " + tag, "0612345603"))
                .andExpect(status().is3xxRedirection());
        assertThat(seat("فاطمة " + tag)).isEqualTo("SEATED");
        assertThat(seat("عائشة " + tag)).isEqualTo("WAITING");

        mvc.perform(participant(invitation, cooperative, "عائشة مرة ثانية " + tag, "06 12 34 56 03"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("مشارك بهذا الرقم الهاتفي مسجل من قبل")));

        long fatima = jdbc.sql("select id from training_participant where full_name = :n")
                .param("n", "فاطمة " + tag).query(Long.class).single();
        // withdrawing asks first: the button only opens the explicit confirmation, which names the person
        mvc.perform(get("/training/invitations/" + invitation).with(user(coop(cooperative))))
                .andExpect(content().string(containsString("<details class=\"tw-confirm\" id=\"withdraw-" + fatima)))
                .andExpect(content().string(containsString("تأكيد سحب فاطمة " + tag)));
        long other = cooperative("تعاونية أخرى", Sex.F, "", 3);
        mvc.perform(post("/training/invitations/" + invitation + "/participants/" + fatima + "/withdraw")
                .with(user(coop(other))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/training/invitations/" + invitation).with(user(coop(other))))
                .andExpect(status().isForbidden());
        mvc.perform(participant(invitation, other, "دخيلة", "0612345609")).andExpect(status().isForbidden());
        assertThat(seat("فاطمة " + tag)).isEqualTo("SEATED");

        mvc.perform(post("/training/invitations/" + invitation + "/participants/" + fatima + "/withdraw")
                .with(user(coop(cooperative))).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(seat("فاطمة " + tag)).isEqualTo("WITHDRAWN");
        assertThat(seat("عائشة " + tag)).isEqualTo("SEATED");
        mvc.perform(get("/admin/training/sessions/" + session).with(user(admin())))
                .andExpect(content().string(containsString("المقاعد المحجوزة: 2 من 2")))
                .andExpect(content().string(containsString("خديجة " + tag)));
    }

    @Test
    void aRefusedParticipantKeepsWhatWasTyped() throws Exception {
        long session = session(5);
        long cooperative = cooperative("تعاونية الأخطاء", Sex.F, "", 0);
        mvc.perform(post("/admin/training/sessions/" + session + "/invite").with(user(admin())).with(csrf())
                .param("cercle", "Taliouine").param("womenLed", "true").param("weakIn", "FINANCE"));
        long invitation = invitationOf(session, cooperative);
        mvc.perform(post("/training/invitations/" + invitation + "/participants").with(user(coop(cooperative)))
                        .with(csrf()).param("fullName", "زينب المحفوظة").param("phone", "12"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("زينب المحفوظة")))
                .andExpect(content().string(containsString("اختر امرأة أو رجل.")))
                .andExpect(content().string(containsString("اختر السن.")));
        assertThat(jdbc.sql("select count(*) from training_participant where invitation_id = :i")
                .param("i", invitation).query(Long.class).single()).isZero();
    }

    private static long mailsTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m).equals(email)).count();
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
