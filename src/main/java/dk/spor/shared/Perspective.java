package dk.spor.shared;

/**
 * Whose eyes something is seen through: who takes part in a meeting, who supports a goal, who gives a score.
 * Seed 001 asks for every participant's own view, so progression is kept per perspective.
 */
public enum Perspective {
    CHILD("Barnet"),
    PARENT("Forælder"),
    CASEWORKER("Rådgiver"),
    PROVIDER("Udfører"),
    NETWORK("Netværk"),
    SCHOOL("Skole eller dagtilbud");

    private final String label;

    Perspective(String label) {
        this.label = label;
    }

    /** The Danish name shown to users. */
    public String label() {
        return label;
    }
}
