package ma.tiwizi.notifications;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.SignUpWaiting;
import ma.tiwizi.notifications.inbox.Inbox;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What the committee's staff must look at lands in their inbox: an account request the registry does not confirm. */
@Component
@RequiredArgsConstructor
class StaffNotices {

    private final Inbox inbox;
    private final Subjects subjects;

    @ApplicationModuleListener
    void on(SignUpWaiting waiting) {
        inbox.toStaff(subjects.of("notifications.signup.subject", waiting.fullName()), "/admin/signups");
    }
}
