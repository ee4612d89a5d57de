package dk.spor.statusreport;

/** How far the child has come toward one goal in the report's period. */
public enum GoalAttainment {
    ACHIEVED("Målet er nået"),
    PROGRESSING("Godt på vej"),
    UNCHANGED("Uændret"),
    DECLINING("Gået tilbage");

    private final String label;

    GoalAttainment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
