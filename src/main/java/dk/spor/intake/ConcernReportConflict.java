package dk.spor.intake;

/** Someone else changed the report after the user opened it; nothing is overwritten. */
public class ConcernReportConflict extends RuntimeException {

    public ConcernReportConflict() {
        super("Underretningen er ændret af en anden, efter du åbnede den. Genindlæs siden og se ændringen, før du gemmer igen.");
    }
}
