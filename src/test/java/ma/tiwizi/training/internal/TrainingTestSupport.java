package ma.tiwizi.training.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDateTime;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.TestClock;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.web.Ui;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What tests around a training session share: the fixture, a stoppable clock, marking attendance. */
public abstract class TrainingTestSupport extends PostgresIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected AccountDirectory accounts;

    @Autowired
    protected Programmes programmes;

    @Autowired
    protected Enrolments enrolments;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    protected TrainingFixture fixture() {
        return new TrainingFixture(jdbc, accounts, programmes, enrolments);
    }

    /** An instant in July 2030, Morocco time (the fixture's session is on 2 July, 09:00–12:00). */
    protected static Instant july2030(int day, int hour, int minute) {
        return LocalDateTime.of(2030, 7, day, hour, minute).atZone(Morocco.ZONE).toInstant();
    }

    protected ResultActions mark(long session, TiwiziPrincipal who, long participant, boolean present)
            throws Exception {
        return mvc.perform(post("/trainer/sessions/" + session + "/attendance").with(user(who)).with(csrf())
                .param("participant", String.valueOf(participant)).param("present", String.valueOf(present)));
    }

    protected Boolean attended(long participant) {
        return jdbc.sql("select attended from training_participant where id = :id").param("id", participant)
                .query((rs, n) -> (Boolean) rs.getObject(1)).list().get(0);
    }
}
