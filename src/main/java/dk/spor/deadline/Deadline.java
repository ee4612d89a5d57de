package dk.spor.deadline;

import java.time.Instant;

/**
 * A live task with a due time, computed by a rule version from a trigger event. It carries the rule so every date
 * can say how it was computed: {@code rule.computedAs()} from {@code triggeredAt}, under {@code rule.legalReference()}.
 * {@code title} is the rule's name, or names whom the task is about when one event starts several (a call to each
 * parent). {@code closedReason} is set when a caseworker closed it as no longer relevant ({@code metAt} is then when).
 */
public record Deadline(long id, DeadlineRule rule, String title, String subjectType, long subjectId, Long caseId,
        Long childId, Long assigneeId, Instant triggeredAt, Instant dueAt, Instant metAt, Instant escalatedAt,
        String closedReason) {

    public boolean isClosedAsNoLongerRelevant() {
        return closedReason != null;
    }

    public enum Status { OPEN, MET, OVERDUE }

    public String ruleId() {
        return rule.id();
    }

    public Status statusAt(Instant now) {
        if (metAt != null) {
            return Status.MET;
        }
        return now.isAfter(dueAt) ? Status.OVERDUE : Status.OPEN;
    }
}
