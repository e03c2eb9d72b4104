package ma.tiwizi.platform.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where read-only transactions get their connection: the replica, unless this request's session has just written
 * (it reads the primary for a few seconds, see {@link ReadYourWrites}) or the replica failed lately (its reads go to
 * the primary instead of failing, and the replica is tried again after a pause).
 */
class ReplicaOrPrimary extends AbstractDataSource {

    private static final Logger log = LoggerFactory.getLogger(ReplicaOrPrimary.class);

    private final DataSource replica;
    private final DataSource primary;
    private final Duration retryAfter;
    private final Clock clock;
    private volatile Instant leftAloneUntil = Instant.MIN;

    ReplicaOrPrimary(DataSource replica, DataSource primary, Duration retryAfter, Clock clock) {
        this.replica = replica;
        this.primary = primary;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReadYourWrites.active() || clock.instant().isBefore(leftAloneUntil)) {
            return primary.getConnection();
        }
        try {
            return replica.getConnection();
        } catch (SQLException down) {
            leftAloneUntil = clock.instant().plus(retryAfter);
            log.warn("The read replica cannot be reached, reading the primary for {}: {}", retryAfter,
                    down.getMessage());
            return primary.getConnection();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }
}
