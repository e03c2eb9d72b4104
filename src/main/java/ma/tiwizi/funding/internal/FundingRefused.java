package ma.tiwizi.funding.internal;

import ma.tiwizi.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A funding action the rules refuse (a late submission, an illegal status move, a bad file). */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class FundingRefused extends UserFacingException {

    public FundingRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
