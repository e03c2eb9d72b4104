package ma.tiwizi.training.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.training.SessionReminder;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reminds every invited cooperative of a session starting within the next day: once per invitation, whether or not it
 * has named participants yet. Runs every quarter of an hour; marking the invitation and publishing the reminder
 * happen in one transaction, so a reminder is never sent twice, even with several instances running.
 */
@Service
@RequiredArgsConstructor
public class SessionReminders {

    private static final Queries SQL = Queries.of("training");

    static final Duration AHEAD = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Programmes programmes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionOperations transactions;

    @SchedulerLock(name = "SessionReminders.scheduled")
    @Scheduled(fixedDelayString = "${tiwizi.training.reminders-every:PT15M}",
            initialDelayString = "${tiwizi.training.reminders-after-start:PT1M}")
    void scheduled() {
        sendDue();
    }

    /**
     * Sends the reminders that are due now, in one transaction (opened here, not by an annotation, because the
     * scheduler calls this from inside the class); returns how many went out.
     */
    public int sendDue() {
        Integer sent = transactions.execute(status -> sendDueNow());
        return sent;
    }

    private int sendDueNow() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Morocco.ZONE);
        var due = jdbc.sql(SQL.get("SessionReminders.dueNow"))
                .param("today", Date.valueOf(today)).param("tomorrow", Date.valueOf(today.plusDays(1)))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalTime.class), rs.getString(7)))
                .list().stream().filter(d -> d.startsWithin(now)).toList();
        if (due.isEmpty()) {
            return 0;
        }
        var names = new HashMap<Long, List<String>>();
        jdbc.sql(SQL.get("SessionReminders.seated"))
                .param("ids", due.stream().map(Due::invitation).toList())
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        var modules = new HashMap<Long, Programmes.Module>();
        programmes.modules().forEach(m -> modules.put(m.id(), m));
        int sent = 0;
        for (var d : due) {
            int marked = jdbc.sql(SQL.get("SessionReminders.markReminded"))
                    .param("now", Timestamp.from(now)).param("id", d.invitation()).update();
            if (marked == 1) {
                var module = modules.get(d.module());
                events.publishEvent(new SessionReminder(d.cooperative(), d.session(), d.invitation(),
                        module.titleAr(), module.titleFr(), d.heldOn(), d.startsAt(), d.place(),
                        List.copyOf(names.getOrDefault(d.invitation(), List.of()))));
                sent++;
            }
        }
        return sent;
    }

    private record Due(long invitation, long cooperative, long session, long module, LocalDate heldOn,
            LocalTime startsAt, String place) {
        boolean startsWithin(Instant now) {
            Instant start = heldOn.atTime(startsAt).atZone(Morocco.ZONE).toInstant();
            return start.isAfter(now) && !start.isAfter(now.plus(AHEAD));
        }
    }
}
