package ma.tiwizi.registry;

import ma.tiwizi.platform.UserFacingException;

/** A registry change the rules refuse (an illegal status move, an unknown commune). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class RegistryRefused extends UserFacingException {

    public RegistryRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
