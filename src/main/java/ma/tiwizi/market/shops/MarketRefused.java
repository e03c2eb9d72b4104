package ma.tiwizi.market.shops;

import ma.tiwizi.platform.UserFacingException;

/** A market action the rules refuse, with a message the user reads in their language. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class MarketRefused extends UserFacingException {

    public MarketRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
