package ma.tiwizi.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Queries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks a notification sent, so that an event delivered a second time tells nobody twice. Called inside the
 * listener's transaction: the mark is kept only if the listener completes.
 */
@Component
@RequiredArgsConstructor
class SentOnce {

    private static final Queries SQL = Queries.of("notifications");

    private final JdbcClient jdbc;
    private final Clock clock;

    /** Whether this is the first time the notification named {@code once} is sent. */
    boolean first(String once) {
        return jdbc.sql(SQL.get("SentOnce.first")).param("once", once).param("now", Timestamp.from(clock.instant()))
                .update() > 0;
    }
}
