package dk.spor.assessment.web;

import dk.spor.assessment.ScreeningOutcome;
import dk.spor.assessment.domain.NewScreening;

/** The screening form as typed; {@code caseVersion} is the version of the case the user saw. */
record ScreeningForm(String informationConsidered, String weightedInformation, String conclusion, String outcome,
        String childsView, String parentsView, String closingReason, String caseVersion) {

    static ScreeningForm empty() {
        return new ScreeningForm(null, null, null, null, null, null, null, null);
    }

    NewScreening toScreening() {
        return new NewScreening(informationConsidered, weightedInformation, conclusion,
                Forms.choice(ScreeningOutcome.class, outcome), childsView, parentsView, closingReason);
    }
}
