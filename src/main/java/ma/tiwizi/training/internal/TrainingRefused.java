package ma.tiwizi.training.internal;

import ma.tiwizi.platform.UserFacingException;

/** A training action the rules refuse (a trainer or a room booked twice, a certificate for someone absent): 409. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class TrainingRefused extends UserFacingException {

    public TrainingRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
