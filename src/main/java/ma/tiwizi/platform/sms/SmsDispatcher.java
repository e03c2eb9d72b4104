package ma.tiwizi.platform.sms;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the SMS that are due, every few seconds: each is claimed first (another sender, or a second node, leaves it),
 * then handed to the gateway; a failure goes back to the outbox to be tried later. Without a configured gateway the
 * text goes to the log, as e-mail does without an SMTP server.
 */
@Component
class SmsDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);
    private static final int BATCH = 50;

    private final SmsOutbox outbox;
    private final SmsGateway gateway;
    private int reference;

    SmsDispatcher(SmsOutbox outbox, SmsProperties properties) {
        this.outbox = outbox;
        this.gateway = properties.configured() ? new SmppGateway(properties, outbox) : SmsDispatcher::logged;
    }

    @SchedulerLock(name = "SmsDispatcher.dispatch")
    @Scheduled(fixedDelayString = "${tiwizi.sms.dispatch-every:PT10S}",
            initialDelayString = "${tiwizi.sms.dispatch-after-start:PT15S}")
    synchronized void dispatch() {
        for (var sms : outbox.due(BATCH)) {
            if (!outbox.claim(sms.id())) {
                continue;
            }
            List<String> parts;
            try {
                reference = (reference + 1) % 256;
                parts = gateway.send(sms.phone(), SmsText.of(sms.text(), reference));
            } catch (Exception refused) {
                outbox.failed(sms, refused.getClass().getSimpleName() + ": " + refused.getMessage());
                continue;
            }
            // once the gateway took it, it is never handed over again: if this fails the message stays "sending"
            outbox.sent(sms.id(), parts);
        }
    }

    private static List<String> logged(String phone, SmsText text) {
        log.info("No SMS gateway configured; would send to {}: {}", phone,
                SmsText.read(text.parts(), text.concatenated()));
        return text.parts().stream().map(part -> "log-" + java.util.UUID.randomUUID()).toList();
    }

    @Override
    public void destroy() {
        if (gateway instanceof SmppGateway smpp) {
            smpp.close();
        }
    }
}
