package ma.tiwizi.training.internal;

import static ma.tiwizi.Acting.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds what training tests need: a trainer, a session, an invited cooperative with seated participants. */
public final class TrainingFixture {

    private static final TiwiziPrincipal ADMIN = new TiwiziPrincipal(1, "test-admin", "", "Test admin", Role.ADMIN,
            null, true, true);

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final Programmes programmes;
    private final Enrolments enrolments;

    public TrainingFixture(JdbcClient jdbc, AccountDirectory accounts, Programmes programmes, Enrolments enrolments) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.programmes = programmes;
        this.enrolments = enrolments;
    }

    public TiwiziPrincipal trainer(String unique) {
        String username = "t" + unique.toLowerCase().replace("-", "");
        long id = as(ADMIN, () -> accounts.openInitial(username, "المكونة سعاد", "browser-password", Role.TRAINER,
                null));
        return new TiwiziPrincipal(id, username, "", "المكونة سعاد", Role.TRAINER, null, true, true);
    }

    /** A session on 2 July 2030, 09:00–12:00 (Morocco time), with the given trainer, in a programme of its own. */
    public long session(long trainer, String place) {
        return session(programme(1), trainer, place, 2);
    }

    /** A programme in July 2030 whose certificate needs the given number of attended sessions. */
    public long programme(int sessionsRequired) {
        return as(ADMIN, () -> programmes.create(new ProgrammeForm("دورة " + System.nanoTime(),
                LocalDate.of(2030, 7, 1), LocalDate.of(2030, 7, 10), "دار المبادرة", 49, sessionsRequired,
                List.of())));
    }

    /** A marketing session of the programme on the given day of July 2030, 09:00–12:00 (Morocco time). */
    public long session(long programme, long trainer, String place, int julyDay) {
        long module = jdbc.sql("select id from training_module where code = 'MARKETING'").query(Long.class).single();
        return as(ADMIN, () -> programmes.schedule(programme, new SessionForm(module, trainer,
                LocalDate.of(2030, 7, julyDay), LocalTime.of(9, 0), LocalTime.of(12, 0), place, 30)));
    }

    /** Invites exactly this cooperative and seats the named participants (before the session's day). */
    public long seat(long session, long cooperative, String... names) {
        jdbc.sql("""
                insert into training_invitation (session_id, cooperative_id, invited_at, invited_by)
                values (:s, :c, current_timestamp, 'test')""").param("s", session).param("c", cooperative).update();
        long invitation = jdbc.sql("select id from training_invitation where session_id = :s and cooperative_id = :c")
                .param("s", session).param("c", cooperative).query(Long.class).single();
        int phone = 10;
        for (String name : names) {
            String number = "06123456" + phone++;
            as(ADMIN, () -> enrolments.enrol(invitation, new ParticipantForm(name, ParticipantForm.Sex.F,
                    ParticipantForm.AgeBand.UNDER_25, number)));
        }
        return invitation;
    }

    public long participant(long session, String name) {
        return jdbc.sql("select id from training_participant where session_id = :s and full_name = :n")
                .param("s", session).param("n", name).query(Long.class).single();
    }

}
