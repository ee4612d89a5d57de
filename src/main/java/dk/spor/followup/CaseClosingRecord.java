package dk.spor.followup;

import java.time.Instant;

/** How a case was closed, as recorded when it closed. */
public record CaseClosingRecord(long caseId, String reason, String childView, String childViewMissingReason,
        String parentsView, String ifWorryReturns, String closedByName, Instant closedAt) {
}
