package ma.tiwizi;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What every Spring test of the run shares, started once: a real PostgreSQL (from Maven-Central binaries) and a real
 * SMTP server (GreenMail on port 3025, where the test profile points the application's mail).
 */
public final class TestInfrastructure {

    private static final EmbeddedPostgres POSTGRES = start();

    public static final GreenMail MAIL = startMail();

    private TestInfrastructure() {
    }

    /** Points the application's data source at the shared PostgreSQL. */
    public static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** Points the data source at a database of its own in the shared PostgreSQL, created on first use. */
    public static void postgres(DynamicPropertyRegistry registry, String database) {
        try (var connection = POSTGRES.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** An empty database of its own in the shared PostgreSQL (dropped first if a previous run left it), by its URL. */
    public static String emptyDatabase(String database) {
        try (var connection = POSTGRES.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return POSTGRES.getJdbcUrl("postgres", database);
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail startMail() {
        var mail = new GreenMail(ServerSetupTest.SMTP);
        mail.start();
        return mail;
    }
}
