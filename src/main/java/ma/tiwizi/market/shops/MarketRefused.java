package ma.tiwizi.market.shops;

import ma.tiwizi.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A market action the rules refuse, with a message the user reads in their language. */
@ResponseStatus(HttpStatus.CONFLICT)
public class MarketRefused extends UserFacingException {

    public MarketRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
