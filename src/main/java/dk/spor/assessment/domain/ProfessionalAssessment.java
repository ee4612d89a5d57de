package dk.spor.assessment.domain;

import java.time.Instant;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.AssessmentOutcome;

/** A recorded socialfaglig vurdering. */
public record ProfessionalAssessment(long id, long caseId, Long investigationId, AssessmentContext context,
        String decisiveFactors, String causes, String challengesAndResources, String conclusion, boolean needsSupport,
        String supportDescription, String networkContribution, String childsView, String childsViewMissingReason,
        String parentsView, boolean divergesFromViews, String divergenceJustification, AssessmentOutcome outcome,
        String closingReason, String recordedByName, Instant recordedAt) {
}
