package dk.spor.statusreport;

/** Where a status report stands: asked for by the caseworker, being written by the provider, or sent (and locked). */
public enum StatusReportStatus {
    REQUESTED("Anmodet"),
    DRAFT("Kladde"),
    SUBMITTED("Sendt");

    private final String label;

    StatusReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
