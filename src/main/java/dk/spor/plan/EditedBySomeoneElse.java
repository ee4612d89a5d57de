package dk.spor.plan;

/** Someone else saved the same plan or goal after the user opened it (optimistic locking). */
public class EditedBySomeoneElse extends RuntimeException {

    /** {@code what} is the record with a capital letter, e.g. "Målet". */
    public EditedBySomeoneElse(String what) {
        super(what + " er blevet ændret af en anden, siden du åbnede siden. Dine indtastninger er ikke gemt, men "
                + "står stadig i formularen. Se den gemte version, og gem igen, hvis dine ændringer skal gælde.");
    }
}
