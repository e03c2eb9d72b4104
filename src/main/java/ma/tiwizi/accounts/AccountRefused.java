package ma.tiwizi.accounts;

import ma.tiwizi.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An account change the rules refuse: the message key says why, the field where. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class AccountRefused extends UserFacingException {

    public AccountRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
