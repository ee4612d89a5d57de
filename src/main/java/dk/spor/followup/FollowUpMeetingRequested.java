package dk.spor.followup;

import java.time.Instant;

/**
 * An assessment of new information calls for a new follow-up meeting (seed 001 § 4.6: "if an adjustment is needed,
 * a new opfølgningsmøde must be held") at {@code startsAt}. The meeting module plans it.
 */
public record FollowUpMeetingRequested(long newInformationId, long caseId, long childId, Instant startsAt,
        long actorId) {
}
