package dk.spor.deadline;

import java.time.Instant;

/** A live task with a due time, computed by a rule from a trigger event. */
public record Deadline(long id, String ruleId, String title, String subjectType, long subjectId, Long caseId,
        Long childId, Long assigneeId, Instant triggeredAt, Instant dueAt, Instant metAt, Instant escalatedAt) {

    public enum Status { OPEN, MET, OVERDUE }

    public Status statusAt(Instant now) {
        if (metAt != null) {
            return Status.MET;
        }
        return now.isAfter(dueAt) ? Status.OVERDUE : Status.OPEN;
    }
}
