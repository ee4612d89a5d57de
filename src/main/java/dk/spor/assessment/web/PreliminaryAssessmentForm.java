package dk.spor.assessment.web;

import dk.spor.assessment.domain.Investigation;
import dk.spor.assessment.domain.PreliminaryAssessment;

/** The preliminary assessment as typed, with the version the user saw. */
record PreliminaryAssessmentForm(String text, String deadlineWillBeMissed, String version) {

    static PreliminaryAssessmentForm of(Investigation investigation) {
        return new PreliminaryAssessmentForm(investigation.preliminaryAssessment(),
                String.valueOf(investigation.deadlineWillBeMissed()), String.valueOf(investigation.version()));
    }

    PreliminaryAssessment toAssessment() {
        return new PreliminaryAssessment(text, Forms.ticked(deadlineWillBeMissed));
    }
}
