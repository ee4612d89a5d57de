package dk.spor.plan.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dk.spor.organisation.CurrentUsers;
import dk.spor.plan.ChildPlan;
import dk.spor.plan.ChildPlans;
import dk.spor.plan.Criterion;
import dk.spor.plan.Goal;
import dk.spor.plan.GoalChanges;
import dk.spor.plan.GoalDraft;
import dk.spor.plan.GoalStatus;
import dk.spor.plan.Goals;
import dk.spor.plan.PlanDecision;
import dk.spor.plan.PlanDraft;
import dk.spor.plan.PlanKind;
import dk.spor.plan.PlanOverview;
import dk.spor.plan.Supporter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The child's plan and the goals of a case as JSON, under the same access rules and audit as the pages. */
@RestController
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')")
@Tag(name = "Barnets plan og mål")
class PlanApiController {

    private static final String WRITERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER')";

    private final ChildPlans plans;
    private final Goals goals;
    private final GoalChanges changes;
    private final CurrentUsers currentUsers;

    PlanApiController(ChildPlans plans, Goals goals, GoalChanges changes, CurrentUsers currentUsers) {
        this.plans = plans;
        this.goals = goals;
        this.changes = changes;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/cases/{caseId}/plan")
    @Operation(summary = "Sagens plan (null, hvis den ikke er udarbejdet), planen, barnets alder kræver, og stillingtagen efter § 32")
    PlanResource plan(@PathVariable long caseId) {
        return PlanResource.of(plans.overview(currentUsers.require(), caseId));
    }

    @PostMapping("/api/v1/cases/{caseId}/plan")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Udarbejd sagens plan; den dækker alle sagens indsatser")
    ResponseEntity<ChildPlan> establish(@PathVariable long caseId, @RequestBody PlanDraft draft) {
        ChildPlan plan = plans.establish(currentUsers.require(), caseId, draft);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/plan")).body(plan);
    }

    @GetMapping("/api/v1/cases/{caseId}/goals")
    @Operation(summary = "Sagens mål, aktive først")
    List<Goal> goals(@PathVariable long caseId) {
        plans.overview(currentUsers.require(), caseId);
        return goals.ofCase(caseId);
    }

    @PostMapping("/api/v1/cases/{caseId}/goals")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Sæt et nyt mål med kriterier (\"se ske\"), støtter og ICS-dimensioner")
    ResponseEntity<GoalResource> setGoal(@PathVariable long caseId, @RequestBody NewGoal goal) {
        long id = changes.set(currentUsers.require(), caseId, new GoalDraft(goal.title(), goal.dimensionIds(),
                goal.criteria(), goal.supporters(), null, null, null));
        var details = goals.goal(currentUsers.require(), caseId, id);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/goals/" + id))
                .body(new GoalResource(id, details.title(), details.status(), details.reviewOn(),
                        details.version()));
    }

    record PlanResource(long caseId, long childId, ChildPlan plan, PlanKind kindForAge,
            List<PlanDecision> planDecisions, int activeGoals, String goalWarning) {

        static PlanResource of(PlanOverview overview) {
            return new PlanResource(overview.caseFile().id(), overview.child().id(), overview.plan(),
                    overview.kindForAge(), overview.planDecisions(), overview.activeGoals().size(),
                    overview.goalWarning().orElse(null));
        }
    }

    record NewGoal(String title, List<Integer> dimensionIds, List<Criterion> criteria, List<Supporter> supporters) {
    }

    record GoalResource(long id, String title, GoalStatus status, LocalDate reviewOn, int version) {
    }
}
