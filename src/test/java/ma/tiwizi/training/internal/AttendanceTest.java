package ma.tiwizi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class AttendanceTest extends TrainingTestSupport {

    @Test
    void theTrainerMarksOnlyOnceTheSessionStartedAndCorrectsForFortyEightHoursThenOnlyAnAdministrator()
            throws Exception {
        var fixture = fixture();
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة الحضور " + uniqueNumber());
        long cooperative = register(form("تعاونية الحضور", "Attendance coop", uniqueNumber()));
        String tag = uniqueNumber();
        fixture.seat(session, cooperative, "مريم " + tag, "نادية " + tag);
        long maryam = fixture.participant(session, "مريم " + tag);

        clock.set(july2030(2, 8, 0));
        mark(session, trainer, maryam, true).andExpect(status().isConflict())
                .andExpect(content().string(containsString("لا يمكن تسجيل الحضور قبل بداية الحصة.")));
        assertThat(attended(maryam)).isNull();

        clock.set(july2030(2, 10, 0));
        mvc.perform(get("/trainer/sessions").with(user(trainer)))
                .andExpect(content().string(containsString("/trainer/sessions/" + session)));
        mark(session, trainer, maryam, true).andExpect(status().is3xxRedirection());
        assertThat(attended(maryam)).isTrue();
        mvc.perform(get("/trainer/sessions/" + session).with(user(trainer)))
                .andExpect(content().string(containsString("الحاضرون: 1 من أصل 2")));

        clock.set(july2030(4, 11, 0));
        mark(session, trainer, maryam, false).andExpect(status().is3xxRedirection());
        assertThat(attended(maryam)).isFalse();

        clock.set(july2030(4, 13, 0));
        mark(session, trainer, maryam, true).andExpect(status().isConflict())
                .andExpect(content().string(containsString("انتهت مهلة 48 ساعة")));
        assertThat(attended(maryam)).isFalse();
        mark(session, admin(), maryam, true).andExpect(status().is3xxRedirection());
        assertThat(attended(maryam)).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from accounts_audit_event
                where action = 'attendance' and entity_id = :id""").param("id", String.valueOf(maryam))
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aTrainerSeesAndMarksOnlyTheirOwnSessions() throws Exception {
        var fixture = fixture();
        var mine = fixture.trainer(uniqueNumber());
        var other = fixture.trainer(uniqueNumber());
        long session = fixture.session(mine.userId(), "قاعة خاصة " + uniqueNumber());
        long cooperative = register(form("تعاونية أخرى للحضور", "Other attendance", uniqueNumber()));
        String tag = uniqueNumber();
        fixture.seat(session, cooperative, "سلمى " + tag);
        long salma = fixture.participant(session, "سلمى " + tag);
        clock.set(july2030(2, 10, 0));
        mvc.perform(get("/trainer/sessions/" + session).with(user(other))).andExpect(status().isForbidden());
        mark(session, other, salma, true).andExpect(status().isForbidden());
        mark(session, coop(cooperative), salma, true).andExpect(status().isForbidden());
        mvc.perform(get("/trainer/sessions").with(user(other)))
                .andExpect(content().string(containsString("لم تسند إليك أي حصة بعد.")));
        assertThat(attended(salma)).isNull();
    }
}
