package ma.tiwizi.funding.internal;

import ma.tiwizi.platform.UserFacingException;

/** A funding action the rules refuse (a late submission, an illegal status move, a bad file). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class FundingRefused extends UserFacingException {

    public FundingRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
