package ma.tiwizi.platform.config;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A node refuses to start against a schema a newer Tiwizi has already upgraded (its migrations are unknown here),
 * with a message saying so, instead of running old code on new tables. Migrations themselves run once however many
 * nodes start together: Flyway takes a database lock (PostgreSQL's advisory lock) around them.
 */
@Configuration(proxyBeanMethods = false)
class SchemaVersionGuard {

    @Bean
    FlywayMigrationStrategy migrateUnlessNewer() {
        return flyway -> {
            refuseNewer(flyway);
            flyway.migrate();
        };
    }

    static void refuseNewer(Flyway flyway) {
        var info = flyway.info();
        var unknown = Arrays.stream(info.applied()).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED).map(MigrationInfo::getVersion).toList();
        if (!unknown.isEmpty()) {
            var known = Arrays.stream(info.all()).filter(m -> m.getState().isResolved())
                    .map(MigrationInfo::getVersion).max(Comparable::compareTo).map(Object::toString).orElse("none");
            throw new IllegalStateException("The database schema is at version " + unknown.getLast()
                    + ", newer than this version of Tiwizi knows (" + known + "): a newer Tiwizi has upgraded it. "
                    + "Start the newer version, or restore the backup taken before the upgrade.");
        }
    }
}
