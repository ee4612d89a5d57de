package dk.spor.meeting.domain;

import java.time.Instant;

import dk.spor.shared.Perspective;

/** The phone call to one parent (or the child) after a meeting: a task until it is made. */
public record FollowUpCall(long id, long meetingId, long caseId, long childId, String meetingTypeName,
        Instant meetingStartsAt, Perspective perspective, String personName, String relationLabel, Instant dueAt,
        Instant calledAt, String interventionStarted, String goodDevelopment, String notes, String calledByName,
        int version) {

    public boolean isMade() {
        return calledAt != null;
    }
}
