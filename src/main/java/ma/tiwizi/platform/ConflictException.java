package ma.tiwizi.platform;

/** A request that contradicts what is stored (a duplicate number, a stale edit): 409. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class ConflictException extends UserFacingException {

    public ConflictException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
