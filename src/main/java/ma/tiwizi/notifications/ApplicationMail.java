package ma.tiwizi.notifications;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.ApplicationDecided;
import ma.tiwizi.funding.ApplicationMessagePosted;
import ma.tiwizi.funding.ApplicationSubmitted;
import ma.tiwizi.funding.FundingStepTaken;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the cooperative by e-mail when its application is submitted and when the committee decides or a funded step is
 * taken, with the reference and where to follow the file.
 */
@Component
@RequiredArgsConstructor
class ApplicationMail {

    private final CooperativeMail mail;

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        send("application-submitted:" + submitted.applicationId(), submitted.cooperativeId(), "submitted",
                submitted.applicationId(), submitted.reference(), submitted.callTitle());
    }

    @ApplicationModuleListener
    void on(ApplicationDecided decided) {
        send("application-decided:" + decided.applicationId() + ":" + decided.decision().name(),
                decided.cooperativeId(), "decided." + decided.decision().name(), decided.applicationId(),
                decided.reference(), decided.amount() == null ? "" : decided.amount().toPlainString());
    }

    @ApplicationModuleListener
    void on(FundingStepTaken step) {
        send("application-step:" + step.applicationId() + ":" + step.step() + ":" + step.detail(),
                step.cooperativeId(), "step." + step.step(), step.applicationId(), step.reference(), step.detail());
    }

    /** A message from the committee's staff reaches the cooperative by its channel, with where to answer. */
    @ApplicationModuleListener
    void on(ApplicationMessagePosted message) {
        if (message.fromStaff()) {
            String path = "/applications/" + message.applicationId() + "/messages";
            mail.send("message:" + message.messageId(), message.cooperativeId(), path,
                    "notifications.message.subject", "notifications.message.body",
                    new Object[] {message.callTitle(), message.authorName(), mail.link(path)});
        }
    }

    private void send(String once, long cooperative, String kind, long application, String reference,
            String detail) {
        String path = "/applications/" + application;
        mail.send(once, cooperative, path, "notifications." + kind + ".subject", "notifications." + kind + ".body",
                new Object[] {reference, detail, mail.link(path)});
    }
}
