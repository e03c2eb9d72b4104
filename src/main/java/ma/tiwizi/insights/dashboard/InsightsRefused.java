package ma.tiwizi.insights.dashboard;

import ma.tiwizi.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A dashboard filter that cannot be applied (unknown commune, impossible years), explained to the user. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
class InsightsRefused extends UserFacingException {

    public InsightsRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
