package ma.tiwizi.funding.internal;

import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.ApplicationSubmitted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Counts the applications submitted (once committed), for {@code /actuator/prometheus}. */
@Component
@RequiredArgsConstructor
class FundingCounters {

    private final MeterRegistry meters;

    @TransactionalEventListener
    void on(ApplicationSubmitted submitted) {
        meters.counter("tiwizi.applications.submitted").increment();
    }
}
