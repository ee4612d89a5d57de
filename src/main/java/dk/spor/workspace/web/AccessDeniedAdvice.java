package dk.spor.workspace.web;

import dk.spor.casefile.ChildAccessDenied;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A child outside the user's access is answered as if it did not exist: 404, without saying more. */
@ControllerAdvice(basePackages = "dk.spor")
class AccessDeniedAdvice {

    @ExceptionHandler(ChildAccessDenied.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
