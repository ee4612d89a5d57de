package dk.spor.platform.web;

import java.util.stream.Collectors;

import dk.spor.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import dk.spor.shared.ValidationFailed;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as problem details (RFC 9457) with a Danish {@code detail}. Applies to
 * {@code @RestController}s only (Spor's pages are plain {@code @Controller}s with their own error pages) and comes
 * before the page advice, so an API client never gets an HTML page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound() {
        return ApiProblems.of(HttpStatus.NOT_FOUND);
    }

    /** Input the domain refused: 400 with every field's Danish message in {@code errors}. */
    @ExceptionHandler(ValidationFailed.class)
    ProblemDetail invalid(ValidationFailed e) {
        ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST,
                String.join(" ", e.errors().asMap().values()));
        problem.setProperty("errors", e.errors().asMap());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied() {
        return ApiProblems.of(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in the API", e);
        return ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String detail = "Parameteren '" + name + "' har en ugyldig værdi: '" + ex.getValue() + "'.";
        return super.handleExceptionInternal(ex, ApiProblems.of(status, detail), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getAllErrors().stream().map(MessageSourceResolvable::getDefaultMessage)
                .collect(Collectors.joining(" "));
        return super.handleExceptionInternal(ex, ApiProblems.of(status, detail), headers, status, request);
    }

    /** Every other standard exception: keep the status, give a Danish title and detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return super.handleExceptionInternal(ex, ApiProblems.of(status), headers, status, request);
    }
}
