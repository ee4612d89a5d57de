package dk.spor.assessment.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A sent information request; overdue when no reply has come by the end of the reply day. */
public record InformationRequest(long id, long investigationId, RecipientKind recipientKind, String recipientName,
        String purpose, String questions, LocalDate replyDue, ConsentBasis consentBasis,
        String withoutConsentJustification, LocalDate sentOn, LocalDate receivedOn, String replySummary,
        int version) {

    public boolean isAwaitingReply() {
        return receivedOn == null;
    }

    public boolean isOverdueOn(LocalDate today) {
        return isAwaitingReply() && today.isAfter(replyDue);
    }

    public long daysOverdueOn(LocalDate today) {
        return isOverdueOn(today) ? ChronoUnit.DAYS.between(replyDue, today) : 0;
    }
}
