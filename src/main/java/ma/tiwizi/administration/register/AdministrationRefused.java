package ma.tiwizi.administration.register;

import ma.tiwizi.administration.rules.Breach;
import ma.tiwizi.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What law 112-12 refuses (a share under 100 MAD, less than a quarter paid…), said with its article: 422. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class AdministrationRefused extends UserFacingException {

    public AdministrationRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    /** The first rule broken, beside the field it is about. */
    public static AdministrationRefused of(Breach breach, String field) {
        return new AdministrationRefused(breach.messageKey(), field, breach.arguments().toArray());
    }
}
