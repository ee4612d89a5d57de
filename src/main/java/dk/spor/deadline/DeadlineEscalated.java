package dk.spor.deadline;

import java.time.Instant;

/** An open deadline whose rule escalates to the team leader passed its due time; published once per deadline. */
public record DeadlineEscalated(long deadlineId, String ruleId, Long caseId, Long childId, Long assigneeId,
        Instant dueAt, Instant escalatedAt) {
}
