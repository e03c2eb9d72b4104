package ma.tiwizi.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.TestClock;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AttendanceTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Programmes programmes;

    @Autowired
    Enrolments enrolments;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private TrainingFixture fixture() {
        return new TrainingFixture(jdbc, accounts, programmes, enrolments);
    }

    private void at(int day, int hour) {
        clock.set(LocalDateTime.of(2030, 7, day, hour, 0).atZone(ZoneId.of("Africa/Casablanca")).toInstant());
    }

    private static MockHttpServletRequestBuilder mark(long session, TiwiziPrincipal who, long participant,
            boolean present) {
        return post("/trainer/sessions/" + session + "/attendance").with(user(who)).with(csrf())
                .param("participant", String.valueOf(participant)).param("present", String.valueOf(present));
    }

    private Boolean attended(long participant) {
        return jdbc.sql("select attended from training_participant where id = :id").param("id", participant)
                .query((rs, n) -> (Boolean) rs.getObject(1)).list().get(0);
    }

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

        at(2, 8);
        mvc.perform(mark(session, trainer, maryam, true)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("لا يمكن تسجيل الحضور قبل بداية الحصة.")));
        assertThat(attended(maryam)).isNull();

        at(2, 10);
        mvc.perform(get("/trainer/sessions").with(user(trainer)))
                .andExpect(content().string(containsString("/trainer/sessions/" + session)));
        mvc.perform(mark(session, trainer, maryam, true)).andExpect(status().is3xxRedirection());
        assertThat(attended(maryam)).isTrue();
        mvc.perform(get("/trainer/sessions/" + session).with(user(trainer)))
                .andExpect(content().string(containsString("1 حاضرون من أصل 2")));

        at(4, 11);
        mvc.perform(mark(session, trainer, maryam, false)).andExpect(status().is3xxRedirection());
        assertThat(attended(maryam)).isFalse();

        at(4, 13);
        mvc.perform(mark(session, trainer, maryam, true)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("انتهت مهلة 48 ساعة")));
        assertThat(attended(maryam)).isFalse();
        mvc.perform(mark(session, admin(), maryam, true)).andExpect(status().is3xxRedirection());
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
        at(2, 10);
        mvc.perform(get("/trainer/sessions/" + session).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(mark(session, other, salma, true)).andExpect(status().isForbidden());
        mvc.perform(mark(session, coop(cooperative), salma, true)).andExpect(status().isForbidden());
        mvc.perform(get("/trainer/sessions").with(user(other)))
                .andExpect(content().string(containsString("لم تسند إليك أي حصة بعد.")));
        assertThat(attended(salma)).isNull();
    }
}
