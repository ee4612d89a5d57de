package dk.spor.casefile;

import java.time.Instant;
import java.time.LocalDate;

/** A case on one child, owned by a team. {@code awarenessDate} starts the 4-month clock of the investigation. */
public record CaseFile(long id, long childId, long teamId, Long caseworkerId, CasePhase phase,
        LocalDate awarenessDate, Instant openedAt, Instant closedAt, String closingReason, int version) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
