package dk.spor.casefile;

/** A case moved from one phase to another; {@code actorId} is who moved it. */
public record CasePhaseChanged(long caseId, long childId, CasePhase from, CasePhase to, Long actorId) {
}
