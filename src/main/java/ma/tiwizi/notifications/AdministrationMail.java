package ma.tiwizi.notifications;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.DutyFallsDue;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.config.Locales;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Law 112-12 e-mails to a cooperative: what its legal calendar asks soon, or what is late. */
@Component
@RequiredArgsConstructor
class AdministrationMail {

    private final CooperativeMail mail;
    private final MessageSource messages;

    @ApplicationModuleListener
    void on(DutyFallsDue due) {
        String key = "administration.duty." + due.duty();
        String by = Morocco.DAY.format(due.dueBy());
        String link = mail.link("/administration/calendar");
        mail.send("duty:" + due.cooperativeId() + ":" + due.yearEnd() + ":" + due.duty() + ":" + due.stage(),
                due.cooperativeId(), "/administration/calendar", "notifications.duty.subject." + due.stage(),
                "notifications.duty.body." + due.stage(),
                new Object[] {messages.getMessage(key, null, Locales.ARABIC), by, link},
                new Object[] {messages.getMessage(key, null, Locales.FRENCH), by, link});
    }
}
