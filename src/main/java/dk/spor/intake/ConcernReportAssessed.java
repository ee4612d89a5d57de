package dk.spor.intake;

import java.time.Instant;

/** The 24-hour assessment of acute danger was recorded. */
public record ConcernReportAssessed(long reportId, long caseId, long childId, Instant assessedAt, boolean acuteDanger) {
}
