package ma.tiwizi.training.internal;

import ma.tiwizi.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A training action the rules refuse (a trainer or a room booked twice, a certificate for someone absent): 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class TrainingRefused extends UserFacingException {

    public TrainingRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
