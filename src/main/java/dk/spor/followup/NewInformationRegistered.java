package dk.spor.followup;

/** New information landed unassessed in the case's inbox. */
public record NewInformationRegistered(long newInformationId, long caseId, long childId, NewInformationSource source,
        long sourceId) {
}
