package dk.spor.assessment;

/** Where a socialfaglig vurdering leads: to a decision, to closing, or (on new information) nowhere new. */
public enum AssessmentOutcome {
    DECISION("Videre til afgørelse"),
    CLOSE("Luk sagen"),
    CONTINUE("Ingen ændring, sagen fortsætter");

    private final String danishLabel;

    AssessmentOutcome(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }

    /** Only an assessment of new information may leave the case where it is. */
    public boolean allowedIn(AssessmentContext context) {
        return this != CONTINUE || context == AssessmentContext.NEW_INFORMATION;
    }
}
