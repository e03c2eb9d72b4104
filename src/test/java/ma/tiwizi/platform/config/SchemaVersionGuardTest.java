package ma.tiwizi.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import ma.tiwizi.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Two nodes starting at once against an empty database migrate it once; a node older than the schema it finds
 * refuses to start, saying why.
 */
class SchemaVersionGuardTest {

    private static Flyway flyway(String url) {
        return Flyway.configure().dataSource(url, "postgres", "postgres")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load();
    }

    private static long count(String url, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url, "postgres", "postgres");
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void twoNodesStartingTogetherMigrateOnceAndAnOlderNodeRefusesANewerSchema() throws Exception {
        String url = TestInfrastructure.emptyDatabase("schema_guard");
        var start = new CountDownLatch(1);
        Callable<Void> node = () -> {
            start.await();
            new SchemaVersionGuard().migrateUnlessNewer().migrate(flyway(url));
            return null;
        };
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var first = nodes.submit(node);
            var second = nodes.submit(node);
            start.countDown();
            first.get();
            second.get();
        }
        long migrations = flyway(url).info().applied().length;
        assertThat(migrations).isGreaterThan(60);
        assertThat(count(url, "select count(distinct version) from flyway_schema_history where success"))
                .as("each migration ran once").isEqualTo(count(url,
                        "select count(*) from flyway_schema_history where success"));

        try (var connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            connection.createStatement().execute("""
                    insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    select max(installed_rank) + 1, '999', 'from a newer Tiwizi', 'SQL', 'V999__newer.sql', 0,
                        'postgres', 1, true from flyway_schema_history""");
        }
        assertThatThrownBy(() -> new SchemaVersionGuard().migrateUnlessNewer().migrate(flyway(url)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema is at version 999")
                .hasMessageContaining("newer than this version of Tiwizi");
    }
}
