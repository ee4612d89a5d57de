package dk.spor.assessment;

import java.time.Instant;

/** An afdækning (barnets lov § 19) started, after a screening or on new information. */
public record FocusedAssessmentStarted(long investigationId, long caseId, long childId, Instant startedAt) {
}
