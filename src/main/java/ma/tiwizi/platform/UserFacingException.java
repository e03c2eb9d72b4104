package ma.tiwizi.platform;

import java.util.Arrays;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A refusal the user must read in their own language: carries a message key and its arguments rather than text.
 * Subclasses choose the HTTP status.
 */
public abstract class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final String field;

    protected UserFacingException(String messageKey, String field, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The HTTP status the refusal declares (every refusal does; a test checks it), 422 otherwise. */
    public HttpStatus status() {
        var annotated = AnnotatedElementUtils.findMergedAnnotation(getClass(), ResponseStatus.class);
        return annotated == null ? HttpStatus.UNPROCESSABLE_CONTENT : annotated.code();
    }

    /** The form field the refusal is about, or null when it concerns the whole form. */
    public String field() {
        return field;
    }
}
