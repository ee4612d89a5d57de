package dk.spor.intake;

/** A concern report from someone else, or a request from the family itself. */
public enum ReportKind {
    CONCERN_REPORT("Underretning"),
    REQUEST("Henvendelse fra familien");

    private final String danishLabel;

    ReportKind(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }
}
