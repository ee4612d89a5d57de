package dk.spor.followup.web;

import dk.spor.followup.NewClosing;

/** The closing form as typed, with the case version the user saw. */
public record ClosingForm(String reason, String childView, String childViewMissingReason, String parentsView,
        String ifWorryReturns, String version) {

    static ClosingForm empty(int version) {
        return new ClosingForm(null, null, null, null, null, String.valueOf(version));
    }

    NewClosing toClosing() {
        return new NewClosing(reason, childView, childViewMissingReason, parentsView, ifWorryReturns);
    }
}
