package ma.tiwizi.notifications;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.SignUpWaiting;
import ma.tiwizi.funding.ApplicationMessagePosted;
import ma.tiwizi.notifications.inbox.Inbox;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the committee's staff must look at lands in their inbox: an account request the registry does not confirm, a
 * cooperative's message on its application.
 */
@Component
@RequiredArgsConstructor
class StaffNotices {

    private final Inbox inbox;
    private final Subjects subjects;
    private final SentOnce sentOnce;

    @ApplicationModuleListener
    void on(SignUpWaiting waiting) {
        if (sentOnce.first("signup-waiting:" + waiting.requestId())) {
            inbox.toStaff(subjects.of("notifications.signup.subject", waiting.fullName()), "/admin/signups");
        }
    }

    @ApplicationModuleListener
    void on(ApplicationMessagePosted message) {
        if (!message.fromStaff() && sentOnce.first("message:" + message.messageId())) {
            inbox.toStaff(subjects.of("notifications.messageToStaff.subject", message.authorName(),
                    message.callTitle()), "/applications/" + message.applicationId() + "/messages");
        }
    }
}
