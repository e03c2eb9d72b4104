package ma.tiwizi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.tiwizi.platform.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A rule's refusal that no page caught (opening the certificate of someone who was absent) is shown with its own
 * reason, in the user's language, under its status — never the generic "someone changed this" page its status alone
 * would give. The API answers the same refusals as a ProblemDetail (its own advice comes first).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalAdvice {

    private final MessageSource messages;

    RefusalAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserFacingException.class)
    ModelAndView refused(UserFacingException refusal, HttpServletRequest request, HttpServletResponse response) {
        var annotated = AnnotatedElementUtils.findMergedAnnotation(refusal.getClass(), ResponseStatus.class);
        HttpStatus status = annotated == null ? HttpStatus.UNPROCESSABLE_CONTENT : annotated.code();
        response.setStatus(status.value());
        var ui = UiAdvice.create(messages, request);
        var view = new ModelAndView("refused");
        view.addObject("ui", ui);
        view.addObject("status", status.value());
        view.addObject("message", ui.t(refusal.messageKey(), refusal.arguments()));
        view.setStatus(status);
        return view;
    }
}
