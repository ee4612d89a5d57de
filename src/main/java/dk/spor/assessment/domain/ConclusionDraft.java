package dk.spor.assessment.domain;

import dk.spor.shared.FieldErrors;

/** The child's and parents' views and the conclusion of an investigation, saved as a draft until completion. */
public record ConclusionDraft(String childsView, String childsViewMissingReason, String parentsView,
        String conclusion) {

    public ConclusionDraft {
        childsView = Text.orNull(childsView);
        childsViewMissingReason = Text.orNull(childsViewMissingReason);
        parentsView = Text.orNull(parentsView);
        conclusion = Text.orNull(conclusion);
    }

    public void validateAsDraft() {
        new FieldErrors()
                .text("childsView", childsView)
                .text("childsViewMissingReason", childsViewMissingReason)
                .text("parentsView", parentsView)
                .text("conclusion", conclusion)
                .throwIfAny();
    }

    /** A completed investigation has a conclusion, the child's view (or why it could not be had) and the parents'. */
    public void validateForCompletion() {
        new FieldErrors()
                .eitherText("childsView", childsView, "childsViewMissingReason", childsViewMissingReason,
                        "Skriv barnets syn på sagen, eller hvorfor det ikke har kunnet indhentes.")
                .requiredText("parentsView", parentsView, "Skriv forældrenes syn på sagen.")
                .requiredText("conclusion", conclusion, "Skriv konklusionen.")
                .throwIfAny();
    }
}
