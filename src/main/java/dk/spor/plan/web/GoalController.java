package dk.spor.plan.web;

import java.util.Map;

import dk.spor.assessment.Investigations;
import dk.spor.organisation.CurrentUsers;
import dk.spor.plan.ChildPlans;
import dk.spor.plan.GoalChanges;
import dk.spor.plan.GoalDetails;
import dk.spor.plan.GoalStatus;
import dk.spor.plan.Goals;
import dk.spor.plan.PlanOverview;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting a goal, its page with the history of every change, and revising it. */
@Controller
@PreAuthorize(PlanPaths.READERS)
class GoalController {

    private static final String GOALS = "/sager/{caseId}/maal";
    private static final String GOAL = GOALS + "/{goalId}";

    private final Goals goals;
    private final GoalChanges changes;
    private final ChildPlans plans;
    private final Investigations investigations;
    private final CurrentUsers currentUsers;

    GoalController(Goals goals, GoalChanges changes, ChildPlans plans, Investigations investigations,
            CurrentUsers currentUsers) {
        this.goals = goals;
        this.changes = changes;
        this.plans = plans;
        this.investigations = investigations;
        this.currentUsers = currentUsers;
    }

    @GetMapping(GOALS + "/ny")
    @PreAuthorize(PlanPaths.WRITERS)
    String newGoal(@PathVariable long caseId, Model model) {
        return formPage(plans.overview(currentUsers.require(), caseId), null, GoalForm.empty(), Map.of(), model);
    }

    @PostMapping(GOALS)
    @PreAuthorize(PlanPaths.WRITERS)
    String set(@PathVariable long caseId, @ModelAttribute("form") GoalForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FieldErrors parsing = bindingErrors(binding);
        var draft = form.toDraft(parsing);
        long[] id = new long[1];
        Map<String, String> errors = FormSubmission.run(parsing.asMap(),
                () -> id[0] = changes.set(currentUsers.require(), caseId, draft));
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("message", "Målet er sat.");
            return "redirect:/sager/" + caseId + "/maal/" + id[0];
        }
        return formPage(plans.overview(currentUsers.require(), caseId), null, form.withBlankRows(), errors, model);
    }

    @GetMapping(GOAL)
    String goal(@PathVariable long caseId, @PathVariable long goalId, Model model) {
        GoalDetails goal = goals.goal(currentUsers.require(), caseId, goalId);
        model.addAttribute("goal", goal);
        model.addAttribute("revisions", goals.revisions(goalId));
        model.addAttribute("activeNav", "cases");
        return "plan/goal";
    }

    @GetMapping(GOAL + "/rediger")
    @PreAuthorize(PlanPaths.WRITERS)
    String edit(@PathVariable long caseId, @PathVariable long goalId, Model model) {
        GoalDetails goal = goals.goal(currentUsers.require(), caseId, goalId);
        return formPage(plans.overview(currentUsers.require(), caseId), goal, GoalForm.of(goal), Map.of(), model);
    }

    @PostMapping(GOAL)
    @PreAuthorize(PlanPaths.WRITERS)
    String revise(@PathVariable long caseId, @PathVariable long goalId, @ModelAttribute("form") GoalForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        FieldErrors parsing = bindingErrors(binding);
        var draft = form.toDraft(parsing);
        Map<String, String> errors = FormSubmission.run(parsing.asMap(), () -> changes.revise(currentUsers.require(),
                caseId, goalId, Parse.version(form.getVersion()), draft));
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("message", "Ændringen er gemt i målets historik.");
            return "redirect:/sager/" + caseId + "/maal/" + goalId;
        }
        GoalDetails saved = goals.goal(currentUsers.require(), caseId, goalId);
        if (errors.containsKey(PlanPaths.CONFLICT)) {
            form.setVersion(String.valueOf(saved.version()));
        }
        return formPage(plans.overview(currentUsers.require(), caseId), saved, form.withBlankRows(), errors, model);
    }

    private String formPage(PlanOverview overview, GoalDetails goal, GoalForm form, Map<String, String> errors,
            Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("goal", goal);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("dimensions", investigations.icsDimensions());
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("statuses", GoalStatus.values());
        model.addAttribute("activeNav", "cases");
        return "plan/goal-form";
    }

    private static FieldErrors bindingErrors(BindingResult binding) {
        FieldErrors errors = new FieldErrors();
        binding.getFieldErrors().forEach(e -> errors.reject("dimensionIds", "Vælg dimensionerne fra ICS-trekanten på listen."));
        return errors;
    }
}
