package ma.tiwizi.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the container: a page in the user's language for browsers, a ProblemDetail for the API.
 * Never a stack trace.
 */
@Controller
@RequiredArgsConstructor
class ErrorPageController implements ErrorController {

    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413, 500);

    private final MessageSource messages;

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        response.setStatus(status);
        var view = new ModelAndView("error");
        view.addObject("status", status);
        view.addObject("reason", "platform.error." + (EXPLAINED.contains(status) ? status : 500));
        view.addObject("ui", UiAdvice.create(messages, request));
        view.setStatus(HttpStatus.valueOf(status));
        return view;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> api(HttpServletRequest request) {
        int status = status(request);
        var problem = ProblemDetail.forStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }
}
