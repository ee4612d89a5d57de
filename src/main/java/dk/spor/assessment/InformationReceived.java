package dk.spor.assessment;

import java.time.LocalDate;

/** The reply to an information request arrived; the request's deadline is met. */
public record InformationReceived(long requestId, long caseId, long childId, LocalDate receivedOn) {
}
