package dk.spor.casefile;

/** A case was closed; open deadlines on it no longer apply. */
public record CaseClosed(long caseId, long childId, String reason) {
}
