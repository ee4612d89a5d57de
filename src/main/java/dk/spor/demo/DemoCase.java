package dk.spor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.casefile.CasePhase;

/** A generated case on the child at index {@code child} of its family, with its chronology and deadlines. */
record DemoCase(int child, long teamId, Long caseworkerId, CasePhase phase, LocalDate awarenessDate,
        Instant openedAt, Instant closedAt, String closingReason, List<Entry> chronology, List<Due> deadlines) {

    boolean isOpen() {
        return closedAt == null;
    }

    record Entry(Instant occurredAt, String kind, String title, String detail, Long actorId) {
    }

    /** A deadline on the case; {@code metAt} is null while it is open. */
    record Due(String ruleId, String title, Instant triggeredAt, Instant dueAt, Instant metAt, Long assigneeId) {
    }
}
