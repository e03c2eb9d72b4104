package ma.tiwizi.platform.config;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events between modules are kept in the database until every listener has handled them. Those a crash or a failure
 * left unhandled (an order's e-mail while the mail server was down) are handed to their listeners again at start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}) and every few minutes here, once they are
 * older than a listener normally takes. Listeners that notify do so once per subject (see notifications), so a
 * second delivery sends nothing twice.
 */
@Component
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventResubmission(IncompleteEventPublications incomplete,
            @Value("${tiwizi.events.resubmit-older-than:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @SchedulerLock(name = "EventResubmission.resubmit")
    @Scheduled(fixedDelayString = "${tiwizi.events.resubmit-every:PT5M}",
            initialDelayString = "${tiwizi.events.resubmit-every:PT5M}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("Resubmitting unhandled events failed; tried again at the next round", e);
        }
    }
}
