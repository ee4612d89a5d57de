package dk.spor.followup;

import java.time.Instant;

/** A line on a work list: new information nobody has assessed yet, and how many days it has waited. */
public record UnassessedItem(long id, long caseId, long childId, String childName, Long caseworkerId,
        String caseworkerName, NewInformationSource source, String title, Instant receivedAt, long ageDays) {
}
