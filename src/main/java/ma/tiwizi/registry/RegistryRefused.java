package ma.tiwizi.registry;

import ma.tiwizi.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A registry change the rules refuse (an illegal status move, an unknown commune). */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RegistryRefused extends UserFacingException {

    public RegistryRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
