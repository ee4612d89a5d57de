package dk.spor.assessment;

import java.time.Instant;

/** A børnefaglig undersøgelse was completed; its 4-month deadline is met. */
public record ChildInvestigationCompleted(long investigationId, long caseId, long childId, Instant completedAt) {
}
