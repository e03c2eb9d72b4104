package ma.tiwizi.accounts.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who created or changed what, and when. Written in the same transaction as the change it records, so a change
 * without its audit line cannot be committed.
 */
@Service
@RequiredArgsConstructor
public class AuditTrail {

    private static final Queries SQL = Queries.of("accounts");

    private final JdbcClient jdbc;
    private final Clock clock;

    public record Entry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
            String summary) {
    }

    @EventListener
    void record(Audited event) {
        String summary = event.summary();
        if (summary != null && summary.length() > 2000) {
            summary = summary.substring(0, 2000);
        }
        jdbc.sql(SQL.get("AuditTrail.record"))
                .param("at", Timestamp.from(clock.instant())).param("actor", event.actor())
                .param("action", event.action()).param("type", event.entityType())
                .param("entity", event.entityId()).param("summary", summary).update();
    }

    /** Newest first, optionally only one actor's or one kind of record's lines. */
    public PageOf<Entry> browse(String actor, String entityType, int page, int size) {
        String a = actor == null ? "" : actor.strip();
        String t = entityType == null ? "" : entityType.strip();
        long total = jdbc.sql(SQL.get("AuditTrail.count"))
                .param("actor", a).param("type", t).query(Long.class).single();
        List<Entry> items = jdbc.sql(SQL.get("AuditTrail.browse"))
                .param("actor", a).param("type", t).param("size", size).param("offset", PageOf.offset(page, size))
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getString("summary")))
                .list();
        return new PageOf<>(items, page, size, total);
    }
}
