package dk.spor.followup;

import java.time.Instant;

/** A contact was logged on a case; {@code personId} is set when it was with a person from the child's relations. */
public record ContactRecorded(long contactId, long caseId, long childId, ContactChannel channel,
        Counterpart counterpart, Long personId, Instant occurredAt, Long actorId) {
}
