package ma.tiwizi.notifications;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.training.CooperativeInvited;
import ma.tiwizi.training.SessionReminder;
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
 * Training e-mails to a cooperative, in Arabic and French: the invitation to a session with the link to name
 * participants, and the reminder the day before.
 */
@Component
class TrainingMail {

    private static final Logger log = LoggerFactory.getLogger(TrainingMail.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObjectProvider<JavaMailSender> mail;
    private final CooperativeRegistry registry;
    private final MessageSource messages;
    private final String from;
    private final String publicUrl;

    TrainingMail(ObjectProvider<JavaMailSender> mail, CooperativeRegistry registry, MessageSource messages,
            @Value("${tiwizi.mail.from}") String from, @Value("${tiwizi.public-url}") String publicUrl) {
        this.mail = mail;
        this.registry = registry;
        this.messages = messages;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(CooperativeInvited invited) {
        String email = registry.contactEmail(invited.cooperativeId()).orElse(null);
        if (email == null) {
            log.info("Session {}: cooperative {} invited; it has no e-mail address", invited.sessionId(),
                    invited.cooperativeId());
            return;
        }
        String when = DAY.format(invited.heldOn()) + " " + invited.startsAt();
        String link = publicUrl + "/training/invitations";
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(text("ar", invited.moduleTitleAr(), when, invited.place(), link, "subject") + " / "
                + text("fr", invited.moduleTitleFr(), when, invited.place(), link, "subject"));
        message.setText(text("ar", invited.moduleTitleAr(), when, invited.place(), link, "body") + "\n\n—\n\n"
                + text("fr", invited.moduleTitleFr(), when, invited.place(), link, "body"));
        send(email, message);
    }

    /** The day before the session: who is expected, or a request to name participants when nobody is yet. */
    @ApplicationModuleListener
    void on(SessionReminder reminder) {
        String email = registry.contactEmail(reminder.cooperativeId()).orElse(null);
        if (email == null) {
            log.info("Session {}: cooperative {} has no e-mail address for its reminder", reminder.sessionId(),
                    reminder.cooperativeId());
            return;
        }
        String when = DAY.format(reminder.heldOn()) + " " + reminder.startsAt();
        String link = publicUrl + "/training/invitations/" + reminder.invitationId();
        String kind = reminder.participants().isEmpty() ? "nobody" : "expected";
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(reminderText("ar", "subject", reminder.moduleTitleAr(), when, reminder, link) + " / "
                + reminderText("fr", "subject", reminder.moduleTitleFr(), when, reminder, link));
        message.setText(reminderText("ar", kind, reminder.moduleTitleAr(), when, reminder, link) + "\n\n—\n\n"
                + reminderText("fr", kind, reminder.moduleTitleFr(), when, reminder, link));
        send(email, message);
    }

    private String reminderText(String language, String part, String module, String when, SessionReminder reminder,
            String link) {
        return messages.getMessage("notifications.reminder." + part, new Object[] {module, when, reminder.place(),
                String.join(", ", reminder.participants()), link}, Locale.forLanguageTag(language));
    }

    private void send(String email, SimpleMailMessage message) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured; would send to {}: {}", email, message.getSubject());
            return;
        }
        sender.send(message);
    }

    private String text(String language, String module, String when, String place, String link, String part) {
        return messages.getMessage("notifications.invited." + part, new Object[] {module, when, place, link},
                Locale.forLanguageTag(language));
    }
}
