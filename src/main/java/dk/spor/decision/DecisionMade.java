package dk.spor.decision;

import java.time.LocalDate;

/** A decision was made; a placement or § 32 decision starts the plan and follow-up clocks. */
public record DecisionMade(long decisionId, long caseId, long childId, DecisionType type, String legalBasisId,
        LocalDate decidedOn, Integer expectedDurationMonths) {
}
