package dk.spor.assessment.domain;

import java.time.LocalDate;
import java.util.Set;

import dk.spor.assessment.InvestigationKind;
import dk.spor.casefile.CasePhase;
import dk.spor.shared.FieldErrors;

/**
 * A new afdækning or BFU on a running case because of new information (case course T21). The awareness date is
 * when the municipality learnt of the new information; a BFU's 4 months run from it.
 */
public record NewInvestigation(InvestigationKind kind, String reason, LocalDate awarenessDate) {

    public NewInvestigation {
        reason = Text.orNull(reason);
    }

    private static final Set<CasePhase> SCREENED_FIRST = Set.of(CasePhase.NOTIFICATION_RECEIVED,
            CasePhase.INITIAL_CONVERSATIONS, CasePhase.SCREENING);

    public void validate(LocalDate today) {
        new FieldErrors()
                .required("kind", kind, "Vælg afdækning eller børnefaglig undersøgelse.")
                .requiredText("reason", reason, "Skriv hvilke nye oplysninger der giver anledning til at undersøge.")
                .required("awarenessDate", awarenessDate, "Skriv datoen, hvor kommunen fik kendskab til oplysningerne.")
                .notInFuture("awarenessDate", awarenessDate, today, "Datoen kan ikke ligge efter i dag.")
                .throwIfAny();
    }

    /** Whether the case may start this investigation now: screened, nothing else open, and the course allows it. */
    public static void checkAllowed(CasePhase current, InvestigationKind kind, boolean anotherIsOpen) {
        if (anotherIsOpen) {
            throw new AssessmentRejected("Der er allerede en igangværende afdækning eller børnefaglig undersøgelse "
                    + "på sagen.");
        }
        if (SCREENED_FIRST.contains(current)) {
            throw new AssessmentRejected("Sagen skal screenes først. Screeningen afgør, om der skal laves en "
                    + "afdækning eller en børnefaglig undersøgelse.");
        }
        if (current != kind.casePhase() && !current.canMoveTo(kind.casePhase())) {
            throw new AssessmentRejected("Sagen kan ikke gå fra \"" + current.danishLabel() + "\" til \""
                    + kind.casePhase().danishLabel() + "\".");
        }
    }
}
