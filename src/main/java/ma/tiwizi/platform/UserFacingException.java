package ma.tiwizi.platform;

import java.util.Arrays;

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

    /** The form field the refusal is about, or null when it concerns the whole form. */
    public String field() {
        return field;
    }
}
