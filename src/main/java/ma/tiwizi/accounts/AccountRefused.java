package ma.tiwizi.accounts;

import ma.tiwizi.platform.UserFacingException;

/** An account change the rules refuse: the message key says why, the field where. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class AccountRefused extends UserFacingException {

    public AccountRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
