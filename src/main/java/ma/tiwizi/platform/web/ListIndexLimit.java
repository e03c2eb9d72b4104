package ma.tiwizi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form field with a list index no page of Tiwizi produces ({@code rows[300].amount}) is a forged request: refused
 * as a bad request before binding, which would otherwise grow a list to that size or fail inside Spring's binder.
 * Lists with fewer lines than this are bounded by each form's own rule, with a message beside the form.
 */
@Component
class ListIndexLimit extends OncePerRequestFilter {

    /** Spring's own growth limit for bound lists; every form of Tiwizi stays far below it. */
    static final int MAX_INDEX = 255;

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && tooLarge(request)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (name.indexOf('[') < 0) {
                continue;
            }
            var matcher = INDEX.matcher(name);
            while (matcher.find()) {
                String digits = matcher.group(1);
                if (digits.length() > 3 || Integer.parseInt(digits) > MAX_INDEX) {
                    return true;
                }
            }
        }
        return false;
    }
}
