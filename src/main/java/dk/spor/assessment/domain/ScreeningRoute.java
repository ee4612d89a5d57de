package dk.spor.assessment.domain;

import java.util.List;

import dk.spor.assessment.ScreeningOutcome;
import dk.spor.casefile.CasePhase;

/**
 * The phase changes a concluded screening makes (case course T2–T6): a case still at the notification or the
 * first conversations passes through screening on its way to the outcome's phase.
 */
public final class ScreeningRoute {

    private ScreeningRoute() {
    }

    public static boolean canScreen(CasePhase current) {
        return current == CasePhase.NOTIFICATION_RECEIVED || current == CasePhase.INITIAL_CONVERSATIONS
                || current == CasePhase.SCREENING;
    }

    public static List<CasePhase> phases(CasePhase current, ScreeningOutcome outcome) {
        if (!canScreen(current)) {
            throw new AssessmentRejected("Sagen kan ikke screenes nu. Den er i fasen \"" + current.danishLabel()
                    + "\".");
        }
        return current == CasePhase.SCREENING ? List.of(outcome.casePhase())
                : List.of(CasePhase.SCREENING, outcome.casePhase());
    }
}
