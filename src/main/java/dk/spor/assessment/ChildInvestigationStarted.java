package dk.spor.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A børnefaglig undersøgelse started (after a screening, by widening an afdækning, or on new information). It
 * must be finished 4 months after {@code awarenessDate}, the day the municipality became aware of the possible
 * need; {@code dueDate} is that date, computed by {@code ChildInvestigationDeadline}.
 */
public record ChildInvestigationStarted(long investigationId, long caseId, long childId, LocalDate awarenessDate,
        LocalDate dueDate, Instant startedAt) {
}
