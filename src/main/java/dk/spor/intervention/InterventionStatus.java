package dk.spor.intervention;

import java.util.Set;

/**
 * The course of an intervention, from the grant to its end: granted, waiting for its start (a provider and a
 * planned start found), running, ended. An intervention may end before it starts (e.g. the family moves).
 */
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

    public boolean canMoveTo(InterventionStatus target) {
        return switch (this) {
            case GRANTED -> Set.of(WAITING, ENDED).contains(target);
            case WAITING -> Set.of(RUNNING, ENDED).contains(target);
            case RUNNING -> target == ENDED;
            case ENDED -> false;
        };
    }

    /** Not yet started and not ended: the waiting time runs. */
    public boolean awaitsStart() {
        return this == GRANTED || this == WAITING;
    }
}
