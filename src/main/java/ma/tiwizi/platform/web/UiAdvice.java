package ma.tiwizi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.config.Locales;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page template its {@link Ui}. */
@ControllerAdvice
@RequiredArgsConstructor
class UiAdvice {

    private final MessageSource messages;
    private final ObjectProvider<Unread> unread;

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        var ui = create(messages, request);
        var counter = unread.getIfAvailable();
        return counter == null || ui.user() == null ? ui : ui.unread(() -> counter.count(ui.user()));
    }

    static Ui create(MessageSource messages, HttpServletRequest request) {
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        return new Ui(messages, Locales.supported(LocaleContextHolder.getLocale()), uri, request.getQueryString(),
                csrf, CurrentUser.find().orElse(null),
                RequestContextUtils.getInputFlashMap(request),
                request.getParameterMap());
    }
}
