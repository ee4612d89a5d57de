package dk.spor.intervention;

/** Someone else saved the same intervention after the user opened it (optimistic locking). */
public class InterventionEditConflict extends RuntimeException {

    public InterventionEditConflict() {
        super("Indsatsen er blevet ændret af en anden, siden du åbnede siden. Dine indtastninger er ikke gemt, men "
                + "står stadig i formularen. Se den gemte version, og gem igen, hvis dine ændringer skal gælde.");
    }
}
