package ma.tiwizi.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.TiwiziProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows and then locks an account under repeated wrong passwords: from the {@code slowAfter}-th failure each answer
 * waits one more step; at {@code lockAfter} failures the account is locked for {@code lockFor}. A success resets it.
 */
@Component
class LoginThrottle {

    private static final Duration MAX_DELAY = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final TiwiziProperties.Login rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, TiwiziProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.rules = properties.login();
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null) {
            return;
        }
        username = username.strip().toLowerCase();
        int failures = jdbc.sql("update accounts_user set failed_logins = failed_logins + 1 where username = :u")
                .param("u", username).update() == 0 ? 0
                        : jdbc.sql("select failed_logins from accounts_user where username = :u").param("u", username)
                                .query(Integer.class).single();
        if (failures >= rules.lockAfter()) {
            Instant until = clock.instant().plus(rules.lockFor());
            jdbc.sql("update accounts_user set failed_logins = 0, locked_until = :until where username = :u")
                    .param("until", java.sql.Timestamp.from(until)).param("u", username).update();
            events.publishEvent(new Audited(username, "locked", "account", username,
                    failures + " failed sign-ins"));
        }
        if (failures >= rules.slowAfter()) {
            pause(rules.delayStep().multipliedBy(failures - rules.slowAfter() + 1L));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("update accounts_user set failed_logins = 0, locked_until = null where username = :u and "
                + "(failed_logins > 0 or locked_until is not null)")
                .param("u", event.getAuthentication().getName()).update();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
