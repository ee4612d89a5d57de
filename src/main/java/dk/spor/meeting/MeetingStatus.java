package dk.spor.meeting;

/** A meeting is planned until its minutes are closed; then it is held. */
public enum MeetingStatus {
    PLANNED("Planlagt"),
    HELD("Holdt");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
