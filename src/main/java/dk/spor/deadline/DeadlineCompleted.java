package dk.spor.deadline;

import java.time.Instant;

/**
 * The completion event of a deadline rule happened for a subject: publish it (inside a transaction) to mark the
 * subject's open deadlines under that rule as met, or call {@link Deadlines#complete}.
 */
public record DeadlineCompleted(String ruleId, String subjectType, long subjectId, Instant occurredAt) {
}
