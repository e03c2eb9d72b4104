package ma.tiwizi.notifications;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.notifications.inbox.Inbox;
import ma.tiwizi.platform.config.Locales;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notice's subject written in the three languages, for the inbox. */
@Component
@RequiredArgsConstructor
class Subjects {

    private final MessageSource messages;

    Inbox.Subject of(String key, Object... arguments) {
        return new Inbox.Subject(messages.getMessage(key, arguments, Locales.ARABIC),
                messages.getMessage(key, arguments, Locales.FRENCH), messages.getMessage(key, arguments,
                        Locales.ENGLISH));
    }
}
