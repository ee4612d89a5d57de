package dk.spor.intervention;

/** The course of an intervention, from the grant to its end. */
public enum InterventionStatus {
    GRANTED("Bevilget"),
    WAITING("Venter på opstart"),
    RUNNING("I gang"),
    ENDED("Afsluttet");

    private final String label;

    InterventionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
