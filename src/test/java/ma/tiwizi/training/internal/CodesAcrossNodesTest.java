package ma.tiwizi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.Secrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A check-in code or a learning-test link made on one node verifies on another and after a restart: the signing key
 * is made once in the database, even when two nodes need it at the same moment, and never changes after.
 */
class CodesAcrossNodesTest extends PostgresIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void twoNodesStartingAtOnceShareOneKeyAndARestartKeepsIt() throws Exception {
        String name = "test-key-" + UUID.randomUUID();
        Callable<byte[]> node = () -> new Secrets(jdbc, clock).key(name);
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var first = nodes.submit(node);
            var second = nodes.submit(node);
            assertThat(first.get()).hasSize(32).isEqualTo(second.get());
        }
        assertThat(new Secrets(jdbc, clock).key(name)).as("after a restart").isEqualTo(node.call());

        var one = new SessionCodes("", new Secrets(jdbc, clock));
        var other = new SessionCodes("", new Secrets(jdbc, clock));
        String code = one.sign("session-7:2030-07-02");
        assertThat(other.matches(code, "session-7:2030-07-02")).as("made on one node, checked on the other").isTrue();
        assertThat(other.matches(code, "session-8:2030-07-02")).isFalse();
        assertThat(new SessionCodes("configured-key", new Secrets(jdbc, clock)).sign("session-7:2030-07-02"))
                .as("a configured key still wins").isNotEqualTo(code);
    }
}
