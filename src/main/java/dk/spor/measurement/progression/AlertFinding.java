package dk.spor.measurement.progression;

/** An alert the rules find in a case's course now; evaluation opens it unless it is open already. */
public record AlertFinding(AlertKind kind, String instrumentCode, String subjectKey, String title, String detail) {

    /** Identifies the alert across evaluations: at most one open alert per kind, instrument and subject. */
    public String identity() {
        return kind + "|" + instrumentCode + "|" + subjectKey;
    }
}
