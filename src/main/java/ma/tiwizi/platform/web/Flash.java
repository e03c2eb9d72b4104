package ma.tiwizi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import ma.tiwizi.platform.UserFacingException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Leaves a refusal for the page a redirect leads to, always with its arguments, so that a message such as "larger
 * than {0} MB" is shown with its number.
 */
public final class Flash {

    private Flash() {
    }

    public static void refusal(RedirectAttributes redirect, UserFacingException refusal) {
        error(redirect, refusal.messageKey(), refusal.arguments());
    }

    public static void error(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("flashError", messageKey);
        redirect.addFlashAttribute("flashArgs", arguments);
    }

    /** A success message with its arguments ("{0} cooperatives invited"). */
    public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("flash", messageKey);
        redirect.addFlashAttribute("flashArgs", arguments);
    }

    /** The same, from an exception handler that has no {@link RedirectAttributes}. */
    public static void refusal(HttpServletRequest request, UserFacingException refusal) {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("flashError", refusal.messageKey());
        flash.put("flashArgs", refusal.arguments());
    }
}
