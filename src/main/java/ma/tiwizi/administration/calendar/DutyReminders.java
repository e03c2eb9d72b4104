package ma.tiwizi.administration.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.DutyFallsDue;
import ma.tiwizi.administration.rules.LegalCalendar;
import ma.tiwizi.administration.rules.LegalCalendar.State;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.Queries;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Tells each cooperative that keeps its register in Tiwizi what its legal calendar asks soon: a duty not done is told
 * when it falls due within {@link #SOON_DAYS} days, again the day before, and once when it is late. Each stage once,
 * even when a day was missed.
 */
@Component
@RequiredArgsConstructor
class DutyReminders {

    private static final Queries SQL = Queries.of("administration");

    static final int SOON_DAYS = 15;

    private final Obligations obligations;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    @SchedulerLock(name = "DutyReminders.everyMorning")
    @Scheduled(cron = "0 0 8 * * *", zone = Morocco.ZONE_ID)
    void everyMorning() {
        remind(LocalDate.now(clock.withZone(Morocco.ZONE)));
    }

    /** Tells what is due on {@code today}; returns how many reminders were told. */
    int remind(LocalDate today) {
        Integer told = transactions.execute(status -> {
            int count = 0;
            LocalDate yearEnd = LegalCalendar.lastClosedYearEnd(today);
            var cooperatives = jdbc.sql(SQL.get("DutyReminders.remind")).query(Long.class).list();
            for (long cooperative : cooperatives) {
                for (var line : obligations.year(cooperative, yearEnd, today).lines()) {
                    String stage = stage(line.state(), ChronoUnit.DAYS.between(today, line.dueBy()));
                    if (stage != null && firstTime(cooperative, yearEnd, line.duty().name(), stage)) {
                        events.publishEvent(new DutyFallsDue(cooperative, line.duty().name(), yearEnd, line.dueBy(),
                                stage));
                        count++;
                    }
                }
            }
            return count;
        });
        return told == null ? 0 : told;
    }

    private static String stage(State state, long daysLeft) {
        if (state == State.DONE) {
            return null;
        }
        if (state == State.LATE) {
            return "LATE";
        }
        return daysLeft <= 1 ? "LAST" : daysLeft <= SOON_DAYS ? "SOON" : null;
    }

    private boolean firstTime(long cooperative, LocalDate yearEnd, String duty, String stage) {
        return jdbc.sql(SQL.get("DutyReminders.firstTime"))
                .param("c", cooperative).param("y", yearEnd).param("d", duty).param("s", stage)
                .param("now", Timestamp.from(clock.instant())).update() == 1;
    }
}
