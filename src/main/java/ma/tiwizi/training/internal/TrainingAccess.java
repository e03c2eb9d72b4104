package ma.tiwizi.training.internal;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Access;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may act on a session, an invitation or a participant, for method security:
 * {@code @PreAuthorize("@trainingAccess.runsSession(#sessionId)")}. Something that does not exist is let through, so
 * the service answers 404 rather than 403.
 */
@Component("trainingAccess")
@RequiredArgsConstructor
class TrainingAccess {

    private static final Queries SQL = Queries.of("training");

    private final JdbcClient jdbc;

    /** ADMIN, and the trainer the session is given by. */
    public boolean runsSession(long sessionId) {
        var user = CurrentUser.find();
        if (user.isEmpty()) {
            return false;
        }
        var trainer = jdbc.sql(SQL.get("TrainingAccess.runsSession")).param("s", sessionId)
                .query(Long.class).optional();
        return user.get().isAdmin() || trainer.isEmpty()
                || user.get().role() == Role.TRAINER && user.get().userId() == trainer.get();
    }

    /** ADMIN, and the invited cooperative. */
    public boolean readsInvitation(long invitationId) {
        return adminOrOwner(jdbc.sql(SQL.get("TrainingAccess.readsInvitation"))
                .param("id", invitationId).query(Long.class).optional());
    }

    /** ADMIN, and the cooperative that named the participant. */
    public boolean readsParticipant(long participantId) {
        return adminOrOwner(jdbc.sql(SQL.get("TrainingAccess.readsParticipant")).param("id", participantId)
                .query(Long.class).optional());
    }

    /** The cooperative itself, ADMIN, and trainers (who take it with the cooperative during a visit). */
    public boolean takesDiagnostic(long cooperativeId) {
        return CurrentUser.find().map(user -> user.ownsCooperative(cooperativeId) || user.isAdmin()
                || user.role() == Role.TRAINER).orElse(false);
    }

    private static boolean adminOrOwner(Optional<Long> cooperative) {
        return Access.holds(cooperative, TiwiziPrincipal::canEdit);
    }
}
