package dk.spor.audit;

/** What was done to the data. DENIED records an attempt outside the user's access. */
public enum AuditAction {
    READ("Læst"), CREATE("Oprettet"), UPDATE("Ændret"), DELETE("Slettet"), DENIED("Afvist"), EXPORT("Udtrukket");

    private final String danishLabel;

    AuditAction(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }
}
