package dk.spor.assessment;

/** Why a socialfaglig vurdering was written: after an afdækning or BFU, or because new information arrived. */
public enum AssessmentContext {
    AFTER_FOCUSED_ASSESSMENT("Efter afdækning"),
    AFTER_CHILD_INVESTIGATION("Efter børnefaglig undersøgelse"),
    NEW_INFORMATION("Nye oplysninger");

    private final String danishLabel;

    AssessmentContext(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }

    /** The kind of investigation this assessment concludes, or null for new information. */
    public InvestigationKind concludes() {
        return switch (this) {
            case AFTER_FOCUSED_ASSESSMENT -> InvestigationKind.FOCUSED_ASSESSMENT;
            case AFTER_CHILD_INVESTIGATION -> InvestigationKind.CHILD_INVESTIGATION;
            case NEW_INFORMATION -> null;
        };
    }

    public static AssessmentContext after(InvestigationKind kind) {
        return kind == InvestigationKind.CHILD_INVESTIGATION ? AFTER_CHILD_INVESTIGATION : AFTER_FOCUSED_ASSESSMENT;
    }
}
