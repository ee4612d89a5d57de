package dk.spor.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The minutes of a meeting were closed: the meeting is held, and the next follow-up is agreed for
 * {@code nextFollowUpOn}. {@code childHeardAlone} says whether a conversation with the child alone was held.
 */
public record MeetingHeld(long meetingId, long caseId, long childId, String type, Instant heldAt,
        LocalDate nextFollowUpOn, boolean childAttended, boolean childHeardAlone, Long closedBy) {
}
