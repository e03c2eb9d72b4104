package ma.tiwizi.registry;

import ma.tiwizi.platform.UserFacingException;

/** A registry change the rules refuse (an illegal status move, an unknown commune). */
public class RegistryRefused extends UserFacingException {

    public RegistryRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
