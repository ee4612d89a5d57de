package dk.spor.measurement;

import java.time.Instant;

/**
 * A progression alert was raised on a case: a reliable drop, stagnation past the expected time, no measurement for
 * longer than the follow-up cadence, or a weak alliance. New information for the caseworker to assess.
 *
 * @param kind DROP, STAGNATION, SILENCE or ALLIANCE
 */
public record ProgressionAlertRaised(long alertId, long caseId, long childId, String kind, String title, String detail,
        Instant raisedAt) {
}
