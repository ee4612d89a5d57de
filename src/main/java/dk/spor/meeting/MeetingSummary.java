package dk.spor.meeting;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting as other modules see it, e.g. as a marker on the progression chart. */
public record MeetingSummary(long id, long caseId, long childId, String typeCode, String typeName, MeetingStatus status,
        Instant startsAt, Instant heldAt, LocalDate nextFollowUpOn) {
}
