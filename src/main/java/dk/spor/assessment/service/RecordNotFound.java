package dk.spor.assessment.service;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A conversation, investigation or request that does not belong to the case (or does not exist). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String what, long id) {
        super(what + " " + id + " not found on the case");
    }
}
