package dk.spor.casefile;

/** A caseworker was made responsible for a case. */
public record CaseAssigned(long caseId, long childId, long caseworkerId) {
}
