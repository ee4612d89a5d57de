package dk.spor.deadline;

import java.time.Instant;

/**
 * The trigger event of a deadline rule happened: publish it (inside the transaction that records the event) to
 * start the rule's clock, or pass it to {@link Deadlines#start}. {@code caseId} is null for tasks outside a case;
 * with a case, {@code childId} and {@code assigneeId} default to the case's child and caseworker. The same rule,
 * subject and time start one deadline only, so a redelivered event is harmless.
 */
public record DeadlineTriggered(String ruleId, String subjectType, long subjectId, Long caseId, Long childId,
        Long assigneeId, Instant occurredAt) {

    public DeadlineTriggered {
        if (ruleId == null || subjectType == null || occurredAt == null) {
            throw new IllegalArgumentException("A deadline trigger needs a rule id, a subject type and a time");
        }
    }

    /** A trigger on a case, assigned to the case's caseworker. */
    public static DeadlineTriggered onCase(String ruleId, String subjectType, long subjectId, long caseId,
            Instant occurredAt) {
        return new DeadlineTriggered(ruleId, subjectType, subjectId, caseId, null, null, occurredAt);
    }
}
