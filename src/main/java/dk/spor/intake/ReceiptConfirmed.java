package dk.spor.intake;

import java.time.Instant;

/** The receipt was sent to the professional reporter. */
public record ReceiptConfirmed(long reportId, long caseId, long childId, Instant confirmedAt) {
}
