package ma.tiwizi.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import ma.tiwizi.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With a replica configured, read-only transactions read it and everything else the primary; a session that just
 * wrote reads the primary for a while, so a writer sees her change whatever the replica's lag; a replica that is
 * down sends reads to the primary instead of failing. The "replica" here is a second database of the same schema
 * holding different rows, so each read says where it came from.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReadReplicaTest {

    private static String replicaUrl;

    @DynamicPropertySource
    static void primaryAndReplica(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres(registry, "replica_primary");
        replicaUrl = TestInfrastructure.emptyDatabase("replica_copy");
        Flyway.configure().dataSource(replicaUrl, "postgres", "postgres")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        // what the application creates outside Flyway on the primary (a physical replica would have it too)
        try (var connection = DriverManager.getConnection(replicaUrl, "postgres", "postgres")) {
            org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(connection,
                    new org.springframework.core.io.ClassPathResource(
                            "org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        registry.add("tiwizi.replica.url", () -> replicaUrl);
    }

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired DataSource dataSource;

    private String where(boolean readOnly) {
        var template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        return template.execute(status -> jdbc.sql("select current_database()").query(String.class).single());
    }

    @Test
    void readOnlyWorkReadsTheReplicaAndWritesGoToThePrimary() {
        assertThat(where(true)).isEqualTo("replica_copy");
        assertThat(where(false)).isEqualTo("replica_primary");
        assertThat(jdbc.sql("select current_database()").query(String.class).single())
                .as("outside a transaction: the primary").isEqualTo("replica_primary");
    }

    @Test
    void aSessionThatJustWroteReadsThePrimaryForAWhile() throws Exception {
        var clock = Clock.systemUTC();
        var filter = new ReadYourWrites(Duration.ofSeconds(10), clock);
        var session = new MockHttpSession();
        String[] seen = new String[1];
        var page = new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) {
                seen[0] = where(true);
            }
        };
        var get = new MockHttpServletRequest("GET", "/shop");
        get.setSession(session);
        filter.doFilter(get, new MockHttpServletResponse(), new MockFilterChain(page));
        assertThat(seen[0]).as("nothing written yet").isEqualTo("replica_copy");

        var post = new MockHttpServletRequest("POST", "/market/orders/1/status");
        post.setSession(session);
        filter.doFilter(post, new MockHttpServletResponse(), new MockFilterChain());
        var next = new MockHttpServletRequest("GET", "/market/orders/1");
        next.setSession(session);
        filter.doFilter(next, new MockHttpServletResponse(), new MockFilterChain(page));
        assertThat(seen[0]).as("the page after a change").isEqualTo("replica_primary");

        session.setAttribute(ReadYourWrites.WROTE_AT, Instant.now().minusSeconds(11));
        var later = new MockHttpServletRequest("GET", "/market/orders/1");
        later.setSession(session);
        filter.doFilter(later, new MockHttpServletResponse(), new MockFilterChain(page));
        assertThat(seen[0]).as("the window has passed").isEqualTo("replica_copy");
    }

    @Test
    void aReplicaThatIsDownSendsReadsToThePrimary() throws Exception {
        int closed;
        try (var free = new java.net.ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        var down = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + closed + "/nowhere", "postgres",
                "postgres");
        var primary = new DriverManagerDataSource(replicaUrl.replace("replica_copy", "replica_primary"), "postgres",
                "postgres");
        var routing = new ReplicaOrPrimary(down, primary, Duration.ofSeconds(30), Clock.systemUTC());
        try (var connection = routing.getConnection();
                var result = connection.createStatement().executeQuery("select current_database()")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("replica_primary");
        }
        assertThat(DriverManager.getConnection(replicaUrl, "postgres", "postgres").isValid(1)).isTrue();
    }
}
