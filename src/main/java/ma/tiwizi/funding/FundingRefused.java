package ma.tiwizi.funding;

import ma.tiwizi.platform.UserFacingException;

/** A funding action the rules refuse (a late submission, an illegal status move, a bad file). */
public class FundingRefused extends UserFacingException {

    public FundingRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
