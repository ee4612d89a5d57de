package dk.spor.meeting;

import java.time.Instant;

/** A meeting was planned on a case; {@code type} is the meeting type's code, e.g. {@code STARTUP}. */
public record MeetingPlanned(long meetingId, long caseId, long childId, String type, Instant startsAt,
        Long plannedBy) {
}
