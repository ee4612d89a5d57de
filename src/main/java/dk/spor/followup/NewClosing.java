package dk.spor.followup;

import dk.spor.shared.FieldErrors;

/**
 * Closing a case as the caseworker writes it (seed 002b § 6): why the case closes, the child's view (or why it
 * could not be obtained), the parents' view, and what the family and network were told to do if the worry returns.
 */
public record NewClosing(String reason, String childView, String childViewMissingReason, String parentsView,
        String ifWorryReturns) {

    public FieldErrors validate() {
        return new FieldErrors()
                .requiredText("reason", reason, "Skriv hvorfor sagen lukkes, fx at formålet med indsatsen er nået.")
                .eitherText("childView", childView, "childViewMissingReason", childViewMissingReason,
                        "Barnets synspunkt skal fremgå. Skriv barnets synspunkt, eller begrund hvorfor det ikke "
                                + "har kunnet indhentes.")
                .text("parentsView", parentsView)
                .text("ifWorryReturns", ifWorryReturns);
    }
}
