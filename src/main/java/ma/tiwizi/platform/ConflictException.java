package ma.tiwizi.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;


/** A request that contradicts what is stored (a duplicate number, a stale edit): 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends UserFacingException {

    public ConflictException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
