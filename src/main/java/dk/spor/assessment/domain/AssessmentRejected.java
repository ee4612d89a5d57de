package dk.spor.assessment.domain;

/** A step the rules do not allow right now (the case is closed, a deadline needs a preliminary assessment...). */
public class AssessmentRejected extends RuntimeException {

    public AssessmentRejected(String danishMessage) {
        super(danishMessage);
    }
}
