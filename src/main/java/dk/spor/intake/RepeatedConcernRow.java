package dk.spor.intake;

import java.time.Instant;

/** A child with repeated concern reports in the last six months, for the leader's list. */
public record RepeatedConcernRow(long childId, String childName, long reports, Instant latestReceivedAt,
        String caseworkerName) {
}
