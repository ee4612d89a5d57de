package dk.spor.assessment.web;

import dk.spor.assessment.domain.ConclusionDraft;
import dk.spor.assessment.domain.Investigation;

/** The views and conclusion as typed; {@code complete} is "true" when the complete button was pressed. */
record ConclusionForm(String childsView, String childsViewMissingReason, String parentsView, String conclusion,
        String complete, String version) {

    static ConclusionForm of(Investigation investigation) {
        return new ConclusionForm(investigation.childsView(), investigation.childsViewMissingReason(),
                investigation.parentsView(), investigation.conclusion(), null,
                String.valueOf(investigation.version()));
    }

    boolean completing() {
        return Forms.ticked(complete);
    }

    ConclusionDraft toDraft() {
        return new ConclusionDraft(childsView, childsViewMissingReason, parentsView, conclusion);
    }
}
