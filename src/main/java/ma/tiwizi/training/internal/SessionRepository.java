package ma.tiwizi.training.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.training.internal.Enrolments.Seat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads a {@link Session} whole under a lock on its row, so that two enrolments, withdrawals or check-ins of one
 * session take turns, and writes back the participants it named or changed. Participants keep their ids (their
 * certificates and learning tests point at them), so they are updated in place rather than rewritten.
 */
@Repository("trainingSessionRepository") // Spring Session owns the bean name sessionRepository
@RequiredArgsConstructor
class SessionRepository {

    private static final Queries SQL = Queries.of("training");

    private final JdbcClient jdbc;

    Session lock(long id) {
        var participants = jdbc.sql(SQL.get("SessionRepository.participants")).param("s", id)
                .query((rs, n) -> new Session.Participant(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        Seat.valueOf(rs.getString(8)), (Boolean) rs.getObject(9)))
                .list();
        return jdbc.sql(SQL.get("SessionRepository.lock"))
                .param("id", id)
                .query((rs, n) -> new Session(id, rs.getObject(1, LocalDate.class), rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class), rs.getInt(4), participants))
                .optional().orElseThrow(() -> new NotFoundException("session", id));
    }

    /** The session a participant is named for. */
    Optional<Long> sessionOf(long participantId) {
        return jdbc.sql(SQL.get("SessionRepository.sessionOf")).param("id", participantId)
                .query(Long.class).optional();
    }

    void save(Session session) {
        for (var p : session.changed()) {
            if (p.id() == null) {
                jdbc.sql(SQL.get("SessionRepository.seat")).param("i", p.invitationId())
                        .param("s", session.id()).param("name", p.fullName()).param("sex", p.sex())
                        .param("age", p.ageBand()).param("phone", p.phone()).param("status", p.seat().name())
                        .param("at", Timestamp.from(p.enrolledAt())).update();
            } else {
                jdbc.sql(SQL.get("SessionRepository.update")).param("status", p.seat().name())
                        .param("attended", p.attended())
                        .param("at", p.markedAt() == null ? null : Timestamp.from(p.markedAt()))
                        .param("by", p.markedBy()).param("id", p.id()).update();
            }
        }
    }
}
