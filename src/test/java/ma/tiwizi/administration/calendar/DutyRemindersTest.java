package ma.tiwizi.administration.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.registry.CooperativeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The legal calendar reminds a cooperative of a duty when it falls due soon, the last day and once late. */
class DutyRemindersTest extends PostgresIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DutyReminders reminders;

    @Test
    void aCooperativeKeepingItsRegisterIsToldOncePerStageInArabicAndFrench() throws Exception {
        String email = "duty-" + uniqueNumber().toLowerCase() + "@example.ma";
        String elsewhere = "duty-" + uniqueNumber().toLowerCase() + "@example.ma";
        long id = register(CooperativeBuilder.aCooperative("تعاونية الآجال", uniqueNumber()).latin("Deadlines coop")
                .reachedAt("", email).form());
        register(CooperativeBuilder.aCooperative("تعاونية بلا سجل", uniqueNumber()).latin("No register coop")
                .reachedAt("", elsewhere).form());
        mvc.perform(post("/administration/members").with(user(coop(id))).with(csrf()).param("fullName", "خديجة")
                .param("sex", "F").param("birthYear", "1980").param("joinedOn", "01/02/2020").param("shares", "1")
                .param("shareValue", "100").param("paid", "100")).andExpect(status().is3xxRedirection());

        // the year 2030 closed; the tax return falls due on 31/03/2031 (tax code art. 20), the assembly by 30/06/2031
        reminders.remind(LocalDate.of(2031, 3, 1));
        reminders.remind(LocalDate.of(2031, 3, 20));
        awaitMails(email, 1);
        assertThat(mailsTo(email)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("التصريح بالضريبة على الشركات قبل 31/03/2031")
                    .contains("Déclaration de l'impôt sur les sociétés, avant le 31/03/2031");
            assertThat((String) mail.getContent()).contains("/administration/calendar");
        });
        reminders.remind(LocalDate.of(2031, 3, 21));
        reminders.remind(LocalDate.of(2031, 3, 31));
        reminders.remind(LocalDate.of(2031, 4, 1));
        reminders.remind(LocalDate.of(2031, 4, 2));
        awaitMails(email, 3);
        Thread.sleep(300);

        assertThat(mailsTo(email)).extracting(MimeMessage::getSubject).hasSize(3)
                .anySatisfy(subject -> assertThat(subject).contains("آخر أجل 31/03/2031"))
                .anySatisfy(subject -> assertThat(subject).contains("en retard depuis le 31/03/2031"));
        assertThat(mailsTo(elsewhere)).as("a cooperative that keeps no register here is not told").isEmpty();
    }

    private static void awaitMails(String email, int count) throws InterruptedException {
        for (int i = 0; i < 100 && mailsTo(email).size() < count; i++) {
            Thread.sleep(100);
        }
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
