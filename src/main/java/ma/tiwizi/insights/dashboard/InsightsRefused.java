package ma.tiwizi.insights.dashboard;

import ma.tiwizi.platform.UserFacingException;

/** A dashboard filter that cannot be applied (unknown commune, impossible years), explained to the user. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
class InsightsRefused extends UserFacingException {

    public InsightsRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
