package ma.tiwizi.notifications;

import ma.tiwizi.funding.ApplicationSubmitted;
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
 * Confirms a submitted application to the cooperative by e-mail, in Arabic and French (the registry does not know
 * which the president reads), with the reference and where to follow the file.
 */
@Component
class SubmissionMail {

    private static final Logger log = LoggerFactory.getLogger(SubmissionMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final CooperativeRegistry registry;
    private final MessageSource messages;
    private final String from;
    private final String publicUrl;

    SubmissionMail(ObjectProvider<JavaMailSender> mail, CooperativeRegistry registry, MessageSource messages,
            @Value("${tiwizi.mail.from}") String from, @Value("${tiwizi.public-url}") String publicUrl) {
        this.mail = mail;
        this.registry = registry;
        this.messages = messages;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        String email = registry.contactEmail(submitted.cooperativeId()).orElse(null);
        if (email == null) {
            log.info("Application {} submitted; the cooperative has no e-mail address", submitted.reference());
            return;
        }
        String link = publicUrl + "/applications/" + submitted.applicationId();
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(text("notifications.submitted.subject", "ar", submitted, link) + " / "
                + text("notifications.submitted.subject", "fr", submitted, link));
        message.setText(text("notifications.submitted.body", "ar", submitted, link) + "\n\n—\n\n"
                + text("notifications.submitted.body", "fr", submitted, link));
        var sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured; would send to {}: {}", email, message.getSubject());
            return;
        }
        sender.send(message);
    }

    private String text(String key, String language, ApplicationSubmitted submitted, String link) {
        return messages.getMessage(key, new Object[] {submitted.reference(), submitted.callTitle(), link},
                java.util.Locale.forLanguageTag(language));
    }
}
