package ma.tiwizi.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.text.MoroccanPhone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self check-in: the trainer shows a QR code that changes every minute; a participant scans it and gives the phone
 * number they were enrolled with. The code is an HMAC of the session and the minute, valid for that minute and the
 * next, so a photo of it is useless a couple of minutes later and a code cannot be forged without the key.
 */
@Service
public class CheckIn {

    static final long WINDOW_SECONDS = 60;

    private final JdbcClient jdbc;
    private final Enrolments enrolments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionCodes codes;

    CheckIn(JdbcClient jdbc, Enrolments enrolments, ApplicationEventPublisher events, Clock clock,
            SessionCodes codes) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.events = events;
        this.clock = clock;
        this.codes = codes;
    }

    /** The code to show now for the session. */
    public String currentCode(long sessionId) {
        return code(sessionId, clock.instant().getEpochSecond() / WINDOW_SECONDS);
    }

    /** Marks the participant with this phone present, if the code is current and genuine. */
    @Transactional
    public String checkIn(long sessionId, String code, String phone) {
        var session = enrolments.session(sessionId);
        if (!valid(sessionId, code)) {
            throw new TrainingRefused("training.error.checkInCode", null);
        }
        Instant now = clock.instant();
        if (now.isBefore(session.start())) {
            throw new TrainingRefused("training.error.notStarted", null);
        }
        String normalized = MoroccanPhone.normalize(phone)
                .orElseThrow(() -> new TrainingRefused("platform.error.phone", "phone"));
        var participant = jdbc.sql("""
                select id, full_name from training_participant
                where session_id = :s and phone = :phone and status = 'SEATED'""").param("s", sessionId)
                .param("phone", normalized).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional().orElseThrow(() -> new TrainingRefused("training.error.notOnList", "phone"));
        jdbc.sql("""
                update training_participant set attended = true, attendance_marked_at = :now,
                    attendance_marked_by = 'check-in' where id = :id""").param("now", Timestamp.from(now))
                .param("id", participant[0]).update();
        events.publishEvent(Audited.by("check-in", "participant", (Long) participant[0], "present"));
        return (String) participant[1];
    }

    private boolean valid(long sessionId, String code) {
        long window = clock.instant().getEpochSecond() / WINDOW_SECONDS;
        return codes.matches(code, sessionId + ":" + window) || codes.matches(code, sessionId + ":" + (window - 1));
    }

    private String code(long sessionId, long window) {
        return codes.sign(sessionId + ":" + window);
    }
}
