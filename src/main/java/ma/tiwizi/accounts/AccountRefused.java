package ma.tiwizi.accounts;

import ma.tiwizi.platform.UserFacingException;

/** An account change the rules refuse: the message key says why, the field where. */
public class AccountRefused extends UserFacingException {

    public AccountRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
