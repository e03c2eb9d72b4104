package ma.tiwizi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.registry.CooperativeBuilder;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionRemindersTest extends TrainingTestSupport {

    @Autowired
    SessionReminders reminders;

    @Test
    void theDayBeforeASessionEachInvitedCooperativeGetsOneReminderNamingItsParticipantsOrAskingForThem()
            throws Exception {
        var fixture = fixture();
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة التذكير " + uniqueNumber());
        String withPeople = email();
        String withNobody = email();
        long named = cooperative(withPeople);
        long silent = cooperative(withNobody);
        String tag = uniqueNumber();
        fixture.seat(session, named, "رشيدة " + tag, "حسناء " + tag);
        fixture.seat(session, silent);

        clock.set(july2030(1, 8, 0));
        reminders.sendDue();
        assertThat(remindedAt(session)).allMatch(java.util.Objects::isNull);

        clock.set(july2030(1, 10, 0));
        reminders.sendDue();
        awaitMailTo(withPeople);
        awaitMailTo(withNobody);
        assertThat(mailsTo(withPeople)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("تذكير: التسويق يوم 02/07/2030 09:00");
            assertThat((String) mail.getContent()).contains("رشيدة " + tag).contains("حسناء " + tag)
                    .contains("Nous attendons");
        });
        assertThat(mailsTo(withNobody)).singleElement().satisfies(mail -> assertThat((String) mail.getContent())
                .contains("لم تسجل تعاونيتكم أي مشارك بعد").contains("/training/invitations/"));

        clock.set(july2030(1, 20, 0));
        reminders.sendDue();
        Thread.sleep(500);
        assertThat(mailsTo(withPeople)).hasSize(1);
        assertThat(mailsTo(withNobody)).hasSize(1);
        assertThat(remindedAt(session)).hasSize(2).allMatch(java.util.Objects::nonNull);
    }

    private long cooperative(String email) {
        return register(CooperativeBuilder.aCooperative("تعاونية التذكير", uniqueNumber()).latin("Reminder coop")
                .createdOn(LocalDate.of(2018, 1, 1)).in(Sector.SAFFRON).reachedAt("", email)
                .presidedBy("رئيسة", Sex.F, 1980).members(6, 2, 0, 0).form());
    }

    private static String email() {
        return "remind-" + uniqueNumber().toLowerCase() + "@example.ma";
    }

    private List<java.sql.Timestamp> remindedAt(long session) {
        return jdbc.sql("select reminded_at from training_invitation where session_id = :s").param("s", session)
                .query((rs, n) -> rs.getTimestamp(1)).list();
    }

    private static void awaitMailTo(String email) throws InterruptedException {
        for (int i = 0; i < 100 && mailsTo(email).isEmpty(); i++) {
            Thread.sleep(100);
        }
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
