package dk.spor.assessment;

import java.time.LocalDate;

/** Information was requested from a professional; the reply is due on {@code replyDue} (inclusive). */
public record InformationRequestSent(long requestId, long caseId, long childId, LocalDate replyDue) {
}
