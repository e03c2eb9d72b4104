package ma.tiwizi.notifications;

import java.time.format.DateTimeFormatter;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.training.CooperativeInvited;
import ma.tiwizi.training.SessionReminder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Training e-mails to a cooperative: the invitation to a session with the link to name participants, and the
 * reminder the day before.
 */
@Component
@RequiredArgsConstructor
class TrainingMail {

    private static final DateTimeFormatter DAY = Morocco.DAY;

    private final CooperativeMail mail;

    @ApplicationModuleListener
    void on(CooperativeInvited invited) {
        String when = DAY.format(invited.heldOn()) + " " + invited.startsAt();
        String link = mail.link("/training/invitations");
        mail.send("invited:" + invited.sessionId() + ":" + invited.cooperativeId(), invited.cooperativeId(),
                "/training/invitations", "notifications.invited.subject", "notifications.invited.body",
                new Object[] {invited.moduleTitleAr(), when, invited.place(), link},
                new Object[] {invited.moduleTitleFr(), when, invited.place(), link});
    }

    /** The day before the session: who is expected, or a request to name participants when nobody is yet. */
    @ApplicationModuleListener
    void on(SessionReminder reminder) {
        String when = DAY.format(reminder.heldOn()) + " " + reminder.startsAt();
        String path = "/training/invitations/" + reminder.invitationId();
        String link = mail.link(path);
        String namesAr = String.join("\u060C ", reminder.participants());
        String names = String.join(", ", reminder.participants());
        String body = reminder.participants().isEmpty() ? "nobody" : "expected";
        mail.send("reminder:" + reminder.invitationId(), reminder.cooperativeId(), path,
                "notifications.reminder.subject", "notifications.reminder." + body,
                new Object[] {reminder.moduleTitleAr(), when, reminder.place(), namesAr, link},
                new Object[] {reminder.moduleTitleFr(), when, reminder.place(), names, link});
    }
}
