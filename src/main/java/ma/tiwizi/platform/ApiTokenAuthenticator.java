package ma.tiwizi.platform;

import java.util.Optional;

/** Turns a personal API token into the user it belongs to; implemented by the accounts module. */
public interface ApiTokenAuthenticator {

    Optional<TiwiziPrincipal> authenticate(String rawToken);
}
