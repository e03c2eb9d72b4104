package ma.tiwizi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one place a rule's refusal becomes a page. An action marked {@link OnRefusal} leads back to its page with the
 * reason as a flash message; any other refusal (opening the certificate of someone who was absent) is shown with its
 * own reason, in the user's language, under its own status — never the generic "someone changed this" page its status
 * alone would give. Forms re-render themselves through {@link Form#submit}; the API answers the same refusals as a
 * ProblemDetail (its own advice comes first).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class RefusalAdvice {

    private final MessageSource messages;

    @ExceptionHandler(UserFacingException.class)
    ModelAndView refused(UserFacingException refusal, HandlerMethod handler, HttpServletRequest request,
            HttpServletResponse response) {
        OnRefusal back = handler == null ? null : handler.getMethodAnnotation(OnRefusal.class);
        if (back != null) {
            Flash.refusal(request, refusal);
            return new ModelAndView("redirect:" + expand(back.value(), request));
        }
        HttpStatus status = refusal.status();
        response.setStatus(status.value());
        var ui = UiAdvice.create(messages, request);
        var view = new ModelAndView("refused");
        view.addObject("ui", ui);
        view.addObject("status", status.value());
        view.addObject("message", ui.t(refusal.messageKey(), refusal.arguments()));
        view.setStatus(status);
        return view;
    }

    /** The template filled from the path variables, then the request's parameters; each value encoded. */
    private static String expand(String template, HttpServletRequest request) {
        Map<String, String> values = new HashMap<>();
        request.getParameterMap().forEach((name, given) -> values.put(name, given.length == 0 ? "" : given[0]));
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path) {
            path.forEach((name, value) -> values.put(String.valueOf(name), String.valueOf(value)));
        }
        return UriComponentsBuilder.fromUriString(template).buildAndExpand(values).encode().toUriString();
    }
}
