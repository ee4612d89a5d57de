package dk.spor.assessment.domain;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.AssessmentOutcome;
import dk.spor.shared.FieldErrors;

/**
 * A socialfaglig vurdering: the decisive factors, causes, challenges and resources, the conclusion and the need for
 * support, with the child's and parents' views and, where the assessment differs from them, why (SBST checklist
 * VV1–VV8).
 */
public record NewProfessionalAssessment(AssessmentContext context, String decisiveFactors, String causes,
        String challengesAndResources, String conclusion, Boolean needsSupport, String supportDescription,
        String networkContribution, String childsView, String childsViewMissingReason, String parentsView,
        boolean divergesFromViews, String divergenceJustification, AssessmentOutcome outcome,
        String closingReason) {

    public NewProfessionalAssessment {
        decisiveFactors = Text.orNull(decisiveFactors);
        causes = Text.orNull(causes);
        challengesAndResources = Text.orNull(challengesAndResources);
        conclusion = Text.orNull(conclusion);
        supportDescription = Text.orNull(supportDescription);
        networkContribution = Text.orNull(networkContribution);
        childsView = Text.orNull(childsView);
        childsViewMissingReason = Text.orNull(childsViewMissingReason);
        parentsView = Text.orNull(parentsView);
        divergenceJustification = Text.orNull(divergenceJustification);
        closingReason = Text.orNull(closingReason);
    }

    public void validate() {
        boolean support = Boolean.TRUE.equals(needsSupport);
        FieldErrors checks = new FieldErrors()
                .required("context", context, "Det fremgår ikke, hvad vurderingen er skrevet efter. Åbn formularen "
                        + "igen fra udredningen.")
                .requiredText("decisiveFactors", decisiveFactors,
                        "Skriv hvilke forhold der er afgørende for vurderingen.")
                .text("causes", causes)
                .requiredText("challengesAndResources", challengesAndResources,
                        "Beskriv barnets og familiens udfordringer og ressourcer.")
                .requiredText("conclusion", conclusion, "Skriv din konklusion, og hvad den fører til.")
                .required("needsSupport", needsSupport, "Vælg om der er behov for støtte.")
                .requiredTextWhen(support, "supportDescription", supportDescription,
                        "Skriv hvilken støtte der er behov for.")
                .requiredTextWhen(support, "networkContribution", networkContribution,
                        "Skriv hvordan netværket kan bidrage.")
                .eitherText("childsView", childsView, "childsViewMissingReason", childsViewMissingReason,
                        "Skriv barnets syn på vurderingen, eller hvorfor det ikke har kunnet indhentes.")
                .requiredText("parentsView", parentsView, "Skriv forældrenes syn på vurderingen.")
                .requiredTextWhen(divergesFromViews, "divergenceJustification", divergenceJustification,
                        "Begrund fagligt, hvorfor vurderingen afviger, og hvordan barnets og forældrenes synspunkter "
                                + "er indgået.")
                .required("outcome", outcome, "Vælg hvad vurderingen fører til.")
                .requiredTextWhen(outcome == AssessmentOutcome.CLOSE, "closingReason", closingReason,
                        "Skriv hvorfor sagen lukkes.");
        if (outcome != null && context != null && !outcome.allowedIn(context)) {
            checks.reject("outcome", "Efter en afdækning eller en børnefaglig undersøgelse går sagen videre til "
                    + "afgørelse eller lukkes.");
        }
        checks.throwIfAny();
    }
}
