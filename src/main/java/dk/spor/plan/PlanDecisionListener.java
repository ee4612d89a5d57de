package dk.spor.plan;

import dk.spor.decision.DecisionMade;
import dk.spor.decision.DecisionType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Barnets lov § 91, stk. 1: a decision on support under § 32 asks the caseworker to decide whether a plan is made.
 * (A placement always gets one; its deadline starts in the deadline module.)
 */
@Component
class PlanDecisionListener {

    static final String SUPPORTIVE_BASIS = "BL-32";

    private final ChildPlans plans;

    PlanDecisionListener(ChildPlans plans) {
        this.plans = plans;
    }

    @ApplicationModuleListener
    void on(DecisionMade decision) {
        if (decision.type() == DecisionType.SUPPORTIVE && SUPPORTIVE_BASIS.equals(decision.legalBasisId())) {
            plans.stanceNeeded(decision.decisionId(), decision.caseId(), decision.childId(), decision.decidedOn());
        }
    }
}
