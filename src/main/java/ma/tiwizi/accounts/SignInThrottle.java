package ma.tiwizi.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.TiwiziProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in tries per typed username — known or not, so the throttle tells nothing about which accounts exist —
 * with one conditional update each, so that guesses sent in parallel are gated exactly like guesses sent one after
 * another. A try is first <em>reserved</em>: it is let through only while the finished failures plus the tries being
 * checked stay under {@code lockAfter}. A wrong password turns its reservation into a failure (the {@code lockAfter}-th
 * locks for {@code lockFor}, and from the {@code slowAfter}-th each answer waits one more step); a right one clears
 * the failures unless a lock was already reached.
 */
@Component
class SignInThrottle {

    private static final Queries SQL = Queries.of("accounts");

    private static final Duration MAX_DELAY = Duration.ofSeconds(5);
    /** A reservation older than this belongs to a try that never finished (a crash): it stops counting. */
    private static final Duration STALE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TiwiziProperties.Login rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, TiwiziProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.rules = properties.login();
        this.events = events;
        this.clock = clock;
    }

    /** Reserves one try for the username; false when it is locked (or as many tries as allowed are under way). */
    boolean reserve(String username) {
        if (reserveExisting(username)) {
            return true;
        }
        try {
            jdbc.sql(SQL.get("SignInThrottle.reserve"))
                    .param("u", username).param("now", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException alreadyThere) {
            // another try inserted it first: the update below counts this one after it
        }
        return reserveExisting(username);
    }

    private boolean reserveExisting(String username) {
        Instant now = clock.instant();
        return jdbc.sql(SQL.get("SignInThrottle.reserveExisting"))
                .param("u", username).param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(now.minus(STALE))).param("lockAfter", rules.lockAfter())
                .update() == 1;
    }

    /** A reserved try had the wrong password: counted, perhaps locking, then answered after the slow-down. */
    void failed(String username) {
        Instant until = clock.instant().plus(rules.lockFor());
        jdbc.sql(SQL.get("SignInThrottle.countFailure")).param("u", username)
                .param("lockAfter", rules.lockAfter())
                .param("until", Timestamp.from(until)).update();
        int failures = jdbc.sql(SQL.get("SignInThrottle.failures")).param("u", username)
                .query(Integer.class).optional().orElse(0);
        if (failures == rules.lockAfter()) {
            events.publishEvent(new Audited(username, "locked", "account", username, failures + " failed sign-ins"));
        }
        if (failures >= rules.slowAfter()) {
            pause(rules.delayStep().multipliedBy(failures - rules.slowAfter() + 1L));
        }
    }

    /** A reserved try had the right password: the failures are forgiven, unless they already locked the name. */
    void succeeded(String username) {
        jdbc.sql(SQL.get("SignInThrottle.succeeded")).param("u", username).update();
    }

    /** A reserved try ended without a password being checked (a disabled account): it counts for nothing. */
    void released(String username) {
        jdbc.sql(SQL.get("SignInThrottle.released"))
                .param("u", username).update();
    }

    /** The usernames among these that are locked now, in one query. */
    Set<String> locked(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql(SQL.get("SignInThrottle.locked"))
                .param("u", usernames).param("now", Timestamp.from(clock.instant())).query(String.class).list()
                .stream().collect(Collectors.toSet());
    }

    void unlock(String username) {
        jdbc.sql(SQL.get("SignInThrottle.unlock")).param("u", username).update();
    }

    /** Forgets names tried long ago and no longer locked, so that sprayed unknown names do not pile up. */
    @SchedulerLock(name = "SignInThrottle.forgetOld")
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOld() {
        Instant now = clock.instant();
        Duration keep = rules.lockFor().compareTo(Duration.ofHours(1)) > 0 ? rules.lockFor() : Duration.ofHours(1);
        jdbc.sql(SQL.get("SignInThrottle.forgetOld"))
                .param("old", Timestamp.from(now.minus(keep))).param("now", Timestamp.from(now)).update();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
