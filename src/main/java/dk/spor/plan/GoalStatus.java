package dk.spor.plan;

/** Where a goal stands: being worked on, reached, or given up (with a reason in its history). */
public enum GoalStatus {
    ACTIVE("Aktivt"),
    ACHIEVED("Nået"),
    DROPPED("Opgivet");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
