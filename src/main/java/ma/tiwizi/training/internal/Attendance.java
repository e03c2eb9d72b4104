package ma.tiwizi.training.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance, marked by the session's trainer on a phone. Nothing can be marked before the session starts; the
 * trainer can correct it until 48 hours after the session ends, then only ADMIN can, and every change is audited.
 * A trainer sees and marks only their own sessions.
 */
@Service
@RequiredArgsConstructor
public class Attendance {

    private static final Queries SQL = Queries.of("training");

    private final JdbcClient jdbc;
    private final Enrolments enrolments;
    private final SessionRepository sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Line(long participantId, String fullName, String sex, Boolean attended) {
    }

    public record Sheet(Enrolments.SessionInfo session, boolean started, boolean editable, List<Line> lines) {
        public long present() {
            return lines.stream().filter(l -> Boolean.TRUE.equals(l.attended())).count();
        }
    }

    /** The signed-in trainer's sessions, the latest first. */
    @PreAuthorize("@access.trainer()")
    @Transactional(readOnly = true)
    public PageOf<Enrolments.SessionInfo> mySessions(int page) {
        var user = CurrentUser.require();
        int size = PageOf.DEFAULT_SIZE;
        long total = jdbc.sql(SQL.get("Attendance.countMySessions"))
                .param("t", user.userId()).query(Long.class).single();
        var ids = jdbc.sql(SQL.get("Attendance.mySessions")).param("t", user.userId())
                .param("size", size)
                .param("off", PageOf.offset(page, size)).query(Long.class).list();
        return new PageOf<>(ids.stream().map(enrolments::session).toList(), page, size, total);
    }

    @PreAuthorize("@trainingAccess.runsSession(#sessionId)")
    @Transactional(readOnly = true)
    public Sheet sheet(long sessionId) {
        var session = enrolments.session(sessionId);
        var lines = jdbc.sql(SQL.get("Attendance.sheet")).param("s", sessionId)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Boolean) rs.getObject(4))).list();
        Instant now = clock.instant();
        return new Sheet(session, !now.isBefore(session.start()), mayMark(session, now), lines);
    }

    @Transactional
    @PreAuthorize("@trainingAccess.runsSession(#sessionId)")
    public void mark(long sessionId, long participantId, boolean present) {
        var session = sessions.lock(sessionId);
        Boolean before = session.mark(participantId, present, clock.instant(), CurrentUser.username(),
                CurrentUser.require().isAdmin());
        sessions.save(session);
        events.publishEvent(Audited.by("attendance", "participant", participantId,
                (before == null ? "-" : before) + " -> " + present));
    }

    private boolean mayMark(Enrolments.SessionInfo session, Instant now) {
        return CurrentUser.require().isAdmin() || !now.isAfter(session.end().plus(Session.CORRECTION_WINDOW));
    }
}
