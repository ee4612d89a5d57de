package dk.spor.decision;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded decision. */
public record Decision(long id, long caseId, long childId, DecisionType type, String legalBasisId, String legalBasisLabel,
        String subtype, String purpose, String expectedEffect, Integer expectedDurationMonths, String childView,
        String childViewMissingReason, String parentsView, boolean childIsParty, LocalDate decidedOn,
        LocalDate notifiedOn, String complaintGuidance, String decidedByName, Instant recordedAt) {
}
