package dk.spor.assessment;

/** The screening's written assessment chose the next step; the case has moved to the matching phase. */
public record ScreeningConcluded(long caseId, long childId, ScreeningOutcome outcome) {
}
