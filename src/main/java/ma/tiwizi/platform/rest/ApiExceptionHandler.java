package ma.tiwizi.platform.rest;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the JSON API as RFC 9457 ProblemDetail, with the detail in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ApiExceptionHandler {

    private final MessageSource messages;

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, message("platform.error.404"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, message("platform.error.403"));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        var problem = problem(HttpStatus.CONFLICT, message(e));
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message(e))));
        }
        return problem;
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail refused(UserFacingException e) {
        return problem(e.status(), message(e));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ProblemDetail stale(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, message("platform.error.stale"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, message("platform.error.unreadable"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        var locale = LocaleContextHolder.getLocale();
        var problem = problem(HttpStatus.BAD_REQUEST, message("platform.error.invalid"));
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList());
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String message(UserFacingException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
    }
}
