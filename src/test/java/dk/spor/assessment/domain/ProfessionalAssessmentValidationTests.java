package dk.spor.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.AssessmentOutcome;
import org.junit.jupiter.api.Test;

class ProfessionalAssessmentValidationTests {

    @Test
    void aCompleteAssessmentIsValid() {
        assertThat(Problems.of(assessment(true, "Familiebehandling", "Mormor", false, null,
                AssessmentOutcome.DECISION)::validate)).isEmpty();
    }

    @Test
    void aNeedForSupportTakesWhichSupportAndHowTheNetworkCanContribute() {
        assertThat(Problems.of(assessment(true, "", null, false, null, AssessmentOutcome.DECISION)::validate))
                .containsOnlyKeys("supportDescription", "networkContribution");
    }

    @Test
    void whetherSupportIsNeededMustBeAnswered() {
        assertThat(Problems.of(assessment(null, null, null, false, null, AssessmentOutcome.CLOSE)::validate))
                .containsKey("needsSupport");
    }

    @Test
    void divergingFromTheChildOrParentsTakesAJustification() {
        assertThat(Problems.of(assessment(false, null, null, true, " ", AssessmentOutcome.DECISION)::validate))
                .containsOnlyKeys("divergenceJustification");
    }

    @Test
    void afterAnInvestigationTheCaseGoesToADecisionOrClosesButNewInformationMayLeaveItBe() {
        assertThat(Problems.of(assessment(false, null, null, false, null, AssessmentOutcome.CONTINUE)::validate))
                .containsKey("outcome");
        var onNewInformation = new NewProfessionalAssessment(AssessmentContext.NEW_INFORMATION, "Ny underretning",
                null, "Ressourcer", "Ingen ændring", false, null, null, "Barnet siger", null, "Forældrene siger",
                false, null, AssessmentOutcome.CONTINUE, null);
        assertThat(Problems.of(onNewInformation::validate)).isEmpty();
    }

    @Test
    void theChildsViewOrWhyItIsMissingAndTheParentsViewAreRequired() {
        var withoutViews = new NewProfessionalAssessment(AssessmentContext.AFTER_FOCUSED_ASSESSMENT, "Forhold", null,
                "Ressourcer", "Konklusion", false, null, null, null, null, null, false, null,
                AssessmentOutcome.CLOSE, "Ingen behov");

        assertThat(Problems.of(withoutViews::validate)).containsOnlyKeys("childsView", "parentsView");
    }

    static NewProfessionalAssessment assessment(Boolean needsSupport, String support, String network,
            boolean diverges, String justification, AssessmentOutcome outcome) {
        return new NewProfessionalAssessment(AssessmentContext.AFTER_CHILD_INVESTIGATION, "Fravær og konflikter",
                "Forældrenes skilsmisse", "Stærkt netværk", "Behov for støtte", needsSupport, support, network,
                "Jeg vil gerne blive boende.", null, "Vi er enige.", diverges, justification, outcome, null);
    }
}
