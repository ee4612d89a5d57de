package dk.spor.assessment.web;

import dk.spor.assessment.service.RecordNotFound;
import dk.spor.casefile.ChildAccessDenied;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API answers a case outside the user's access as "not found", as JSON, saying no more than that. */
@RestControllerAdvice(assignableTypes = AssessmentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssessmentApiErrors {

    @ExceptionHandler({ChildAccessDenied.class, RecordNotFound.class})
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Sagen findes ikke.");
    }
}
