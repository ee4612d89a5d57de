package dk.spor.casefile;

import java.time.Instant;

/** One line in the case's chronology (tidslinje). {@code kind} names the module and act, e.g. "intake.received". */
public record ChronologyEntry(long id, long caseId, Instant occurredAt, String kind, String title, String detail,
        String actorName) {
}
