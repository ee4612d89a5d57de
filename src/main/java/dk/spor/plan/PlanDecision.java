package dk.spor.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The stance on a plan after a § 32 decision (barnets lov § 91, stk. 1): whether a plan is made and why.
 * {@code planNeeded} is null while the caseworker has not yet taken a stance.
 */
public record PlanDecision(long id, long caseId, long decisionId, LocalDate decidedOn, Boolean planNeeded,
        String reason, String recordedByName, Instant recordedAt, int version) {

    public boolean pending() {
        return planNeeded == null;
    }

    /** § 91, stk. 1: a plan that is made must exist 3 months after the decision. */
    public LocalDate planDueOn() {
        return decidedOn.plusMonths(3);
    }
}
