package dk.spor.assessment.domain;

/** Someone else saved the same record after the user opened it (optimistic locking). */
public class EditConflict extends RuntimeException {

    public EditConflict(String danishMessage) {
        super(danishMessage);
    }

    /** {@code what} is the record with a capital letter, e.g. "Afsnittet". */
    public static EditConflict savedBySomeoneElse(String what) {
        return new EditConflict(what + " er blevet ændret af en anden, siden du åbnede siden. Dine indtastninger er "
                + "ikke gemt, men står stadig i formularen, og den gemte version vises nedenfor. Gem igen, hvis din "
                + "tekst skal erstatte den.");
    }
}
