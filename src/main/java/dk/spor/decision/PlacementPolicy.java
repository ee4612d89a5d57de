package dk.spor.decision;

import java.util.Optional;

/** Barnets lov: a placement outside the home requires a completed børnefaglig undersøgelse. */
final class PlacementPolicy {

    static final String MISSING_INVESTIGATION =
            "En anbringelse kræver en afsluttet børnefaglig undersøgelse. Afslut undersøgelsen først.";

    private PlacementPolicy() {
    }

    /** The Danish reason the decision is refused, if it is. */
    static Optional<String> check(DecisionType type, boolean investigationCompleted) {
        return type == DecisionType.PLACEMENT && !investigationCompleted ? Optional.of(MISSING_INVESTIGATION) : Optional.empty();
    }
}
