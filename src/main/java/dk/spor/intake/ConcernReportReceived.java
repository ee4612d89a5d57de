package dk.spor.intake;

import java.time.Instant;

/**
 * A concern report or request was registered. Starts the 24-hour assessment and, for a professional reporter,
 * the 6-working-day receipt; {@code assigneeId} is the case's caseworker, or null while the case awaits assignment.
 */
public record ConcernReportReceived(long reportId, long caseId, long childId, Instant receivedAt,
        boolean professionalReporter, ReportKind kind, Long assigneeId) {
}
