package dk.spor.meeting;

import java.time.Instant;

/** The phone call to a parent (or the child) after a meeting was made; {@code summary} is the answers in brief. */
public record FollowUpCallRecorded(long callId, long meetingId, long caseId, long childId, String personName,
        Instant calledAt, String summary) {
}
