package dk.spor.workspace.web;

import dk.spor.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A child or case outside the user's access is answered as if it did not exist: the 404 page, without saying more.
 * For the pages only: the JSON API's own advice comes first and answers with problem details.
 */
@ControllerAdvice(basePackages = "dk.spor")
class AccessDeniedAdvice {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
