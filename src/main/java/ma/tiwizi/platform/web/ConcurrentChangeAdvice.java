package ma.tiwizi.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two people (or two taps) changing the same thing at the same moment: the one that lost gets the "someone changed
 * this in the meantime, reload" page (409), never an error of ours. The API answers the same with a ProblemDetail.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ConcurrentChangeAdvice {

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    void changedMeanwhile(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }
}
