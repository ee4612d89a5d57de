package dk.spor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.casefile.CasePhase;

/**
 * A generated case on the child at index {@code child} of its family, with its chronology, deadlines and the
 * records of the intake, assessment and decision modules.
 */
record DemoCase(int child, long teamId, Long caseworkerId, CasePhase phase, LocalDate awarenessDate,
        Instant openedAt, Instant closedAt, String closingReason, List<Entry> chronology, List<Due> deadlines,
        CaseRecords records) {

    boolean isOpen() {
        return closedAt == null;
    }

    record Entry(Instant occurredAt, String kind, String title, String detail, Long actorId) {
    }

    /** What a deadline is about, as deadline.subject_type says it. */
    enum Subject { CASE, CONCERN_REPORT, INVESTIGATION, DECISION }

    /**
     * A deadline on the case; {@code metAt} is null while it is open. Its subject is the case or the record at
     * {@code subjectIndex} in the case's list of reports, investigations or decisions.
     */
    record Due(String ruleId, String title, Subject subject, int subjectIndex, Instant triggeredAt, Instant dueAt,
            Instant metAt, Long assigneeId) {
    }
}
