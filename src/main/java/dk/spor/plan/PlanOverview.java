package dk.spor.plan;

import java.util.List;
import java.util.Optional;

import dk.spor.casefile.CaseFile;
import dk.spor.people.Child;

/**
 * What the plan page and the child's page show: the case's plan (if made), the plan kind the child's age calls for
 * today, the § 32 stances still to take, and the goals with the warning above three active ones.
 */
public record PlanOverview(CaseFile caseFile, Child child, ChildPlan plan, PlanKind kindForAge, int youthPlanAge,
        List<PlanDecision> planDecisions, List<Goal> goals, Optional<String> goalWarning) {

    public boolean hasPlan() {
        return plan != null;
    }

    public List<PlanDecision> pendingDecisions() {
        return planDecisions.stream().filter(PlanDecision::pending).toList();
    }

    /** The child has reached the ungeplan age since the barnets plan was made (§ 108, stk. 1, nr. 1). */
    public boolean youthPlanToConsider() {
        return plan != null && plan.kind() != kindForAge && kindForAge == PlanKind.YOUTH_PLAN;
    }

    public List<Goal> activeGoals() {
        return goals.stream().filter(goal -> goal.status() == GoalStatus.ACTIVE).toList();
    }
}
