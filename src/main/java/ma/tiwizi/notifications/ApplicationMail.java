package ma.tiwizi.notifications;

import ma.tiwizi.funding.ApplicationDecided;
import ma.tiwizi.funding.ApplicationSubmitted;
import ma.tiwizi.funding.FundingStepTaken;
import ma.tiwizi.registry.CooperativeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the cooperative by e-mail when its application is submitted and when the committee decides, in Arabic and
 * French (the registry does not know which the president reads), with the reference and where to follow the file.
 */
@Component
class ApplicationMail {

    private static final Logger log = LoggerFactory.getLogger(ApplicationMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final CooperativeRegistry registry;
    private final MessageSource messages;
    private final String from;
    private final String publicUrl;

    ApplicationMail(ObjectProvider<JavaMailSender> mail, CooperativeRegistry registry, MessageSource messages,
            @Value("${tiwizi.mail.from}") String from, @Value("${tiwizi.public-url}") String publicUrl) {
        this.mail = mail;
        this.registry = registry;
        this.messages = messages;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        send(submitted.cooperativeId(), "submitted", submitted.applicationId(), submitted.reference(),
                submitted.callTitle());
    }

    @ApplicationModuleListener
    void on(ApplicationDecided decided) {
        send(decided.cooperativeId(), "decided." + decided.decision().name(), decided.applicationId(),
                decided.reference(), decided.amount() == null ? "" : decided.amount().toPlainString());
    }

    @ApplicationModuleListener
    void on(FundingStepTaken step) {
        send(step.cooperativeId(), "step." + step.step(), step.applicationId(), step.reference(), step.detail());
    }

    private void send(long cooperative, String kind, long application, String reference, String detail) {
        String email = registry.contactEmail(cooperative).orElse(null);
        if (email == null) {
            log.info("Application {}: {}; the cooperative has no e-mail address", reference, kind);
            return;
        }
        Object[] arguments = {reference, detail, publicUrl + "/applications/" + application};
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(text("notifications." + kind + ".subject", "ar", arguments) + " / "
                + text("notifications." + kind + ".subject", "fr", arguments));
        message.setText(text("notifications." + kind + ".body", "ar", arguments) + "\n\n—\n\n"
                + text("notifications." + kind + ".body", "fr", arguments));
        var sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured; would send to {}: {}", email, message.getSubject());
            return;
        }
        sender.send(message);
    }

    private String text(String key, String language, Object[] arguments) {
        return messages.getMessage(key, arguments, java.util.Locale.forLanguageTag(language));
    }
}
