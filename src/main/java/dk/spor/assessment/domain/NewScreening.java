package dk.spor.assessment.domain;

import dk.spor.assessment.ScreeningOutcome;
import dk.spor.shared.FieldErrors;

/** The screening's written assessment (barnets lov § 18): what was considered, what weighed, and the next step. */
public record NewScreening(String informationConsidered, String weightedInformation, String conclusion,
        ScreeningOutcome outcome, String childsView, String parentsView, String closingReason) {

    public NewScreening {
        informationConsidered = Text.orNull(informationConsidered);
        weightedInformation = Text.orNull(weightedInformation);
        conclusion = Text.orNull(conclusion);
        childsView = Text.orNull(childsView);
        parentsView = Text.orNull(parentsView);
        closingReason = Text.orNull(closingReason);
    }

    public void validate() {
        new FieldErrors()
                .requiredText("informationConsidered", informationConsidered,
                        "Skriv hvilke oplysninger du har screenet.")
                .requiredText("weightedInformation", weightedInformation,
                        "Skriv hvilke oplysninger du har lagt vægt på.")
                .requiredText("conclusion", conclusion, "Skriv din vurdering.")
                .required("outcome", outcome, "Vælg hvad der skal ske nu.")
                .text("childsView", childsView)
                .text("parentsView", parentsView)
                .requiredTextWhen(outcome == ScreeningOutcome.CLOSE, "closingReason", closingReason,
                        "Skriv hvorfor sagen lukkes.")
                .throwIfAny();
    }
}
