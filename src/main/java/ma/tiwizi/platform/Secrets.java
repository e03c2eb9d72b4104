package ma.tiwizi.platform;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys every node of an installation shares, kept in the database: the first node that needs one makes it (32 random
 * bytes), the others and every restart read the same. Each key is read once per node, then kept in memory.
 */
@Component
public class Secrets {

    private static final Queries SQL = Queries.of("platform");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    public Secrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key of this name, made now if no node made it yet. */
    public byte[] key(String name) {
        return known.computeIfAbsent(name, this::load);
    }

    private byte[] load(String name) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        // two nodes may try at once: the insert keeps the first, and both read what was kept
        try {
            jdbc.sql(SQL.get("Secrets.make")).param("name", name).param("value", HexFormat.of().formatHex(fresh))
                    .param("now", Timestamp.from(clock.instant())).update();
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // another node made it between our check and our insert
        }
        return HexFormat.of().parseHex(jdbc.sql(SQL.get("Secrets.read")).param("name", name).query(String.class)
                .single());
    }
}
