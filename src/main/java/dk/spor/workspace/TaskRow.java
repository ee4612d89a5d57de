package dk.spor.workspace;

import java.time.Instant;

/** An open deadline as a task in a work list, with the child it concerns. */
public record TaskRow(long deadlineId, String ruleId, String title, Instant dueAt, Long caseId, Long childId,
        String childName, String assigneeName, Instant escalatedAt) {
}
