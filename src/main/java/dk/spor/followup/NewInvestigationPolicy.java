package dk.spor.followup;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import dk.spor.assessment.InvestigationKind;
import dk.spor.casefile.CasePhase;

/**
 * Whether new information may open a new afdækning (barnets lov § 19) or børnefaglig undersøgelse (§ 20) on the case
 * (case course T21): the case must have been screened, must not already be in that investigation, and the course
 * must allow the move.
 */
final class NewInvestigationPolicy {

    private static final Set<CasePhase> NOT_SCREENED = EnumSet.of(CasePhase.NOTIFICATION_RECEIVED,
            CasePhase.INITIAL_CONVERSATIONS, CasePhase.SCREENING);

    private NewInvestigationPolicy() {
    }

    /** Empty when allowed, otherwise the Danish reason. */
    static Optional<String> check(CasePhase current, InvestigationKind kind) {
        if (NOT_SCREENED.contains(current)) {
            return Optional.of("Sagen er ikke screenet endnu. Screeningen afgør, om der skal laves en afdækning "
                    + "eller en børnefaglig undersøgelse.");
        }
        if (current == kind.casePhase()) {
            return Optional.of("Sagen er allerede i " + kind.definiteDanish() + ". Brug de nye oplysninger i den.");
        }
        if (!current.canMoveTo(kind.casePhase())) {
            return Optional.of("Sagen kan ikke gå fra \"" + current.danishLabel() + "\" til \""
                    + kind.casePhase().danishLabel() + "\".");
        }
        return Optional.empty();
    }
}
