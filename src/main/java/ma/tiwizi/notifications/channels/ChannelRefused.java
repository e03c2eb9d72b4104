package ma.tiwizi.notifications.channels;

import ma.tiwizi.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A channel that cannot reach its chooser: SMS without a mobile number, e-mail without an address. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
class ChannelRefused extends UserFacingException {

    ChannelRefused(String messageKey) {
        super(messageKey, "channel");
    }
}
