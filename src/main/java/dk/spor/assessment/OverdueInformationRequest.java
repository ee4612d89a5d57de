package dk.spor.assessment;

import java.time.LocalDate;

/** An information request whose reply has not arrived by its deadline. */
public record OverdueInformationRequest(long requestId, long investigationId, long caseId, long childId,
        String childName, String recipientName, LocalDate replyDue, long daysOverdue) {
}
