package dk.spor.assessment.web;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.AssessmentOutcome;
import dk.spor.assessment.domain.NewProfessionalAssessment;

/** A socialfaglig vurdering as typed; {@code caseVersion} is the version of the case the user saw. */
record ProfessionalAssessmentForm(String context, String decisiveFactors, String causes,
        String challengesAndResources, String conclusion, String needsSupport, String supportDescription,
        String networkContribution, String childsView, String childsViewMissingReason, String parentsView,
        String divergesFromViews, String divergenceJustification, String outcome, String closingReason,
        String caseVersion) {

    static ProfessionalAssessmentForm empty(AssessmentContext context) {
        return new ProfessionalAssessmentForm(context.name(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    AssessmentContext assessmentContext() {
        return Forms.choice(AssessmentContext.class, context);
    }

    NewProfessionalAssessment toAssessment() {
        return new NewProfessionalAssessment(assessmentContext(), decisiveFactors, causes, challengesAndResources,
                conclusion, Forms.yesNo(needsSupport), supportDescription, networkContribution, childsView,
                childsViewMissingReason, parentsView, Forms.ticked(divergesFromViews), divergenceJustification,
                Forms.choice(AssessmentOutcome.class, outcome), closingReason);
    }
}
