package dk.spor.casefile;

/** A case moved from one phase to another. */
public record CasePhaseChanged(long caseId, long childId, CasePhase from, CasePhase to) {
}
