package dk.spor.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import dk.spor.organisation.CurrentUsers;
import dk.spor.plan.ChildPlans;
import dk.spor.plan.PlanOverview;
import dk.spor.shared.FieldErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The child's plan: its page (printable), the form to make or change it, and the § 32 stance. */
@Controller
@PreAuthorize(PlanPaths.READERS)
class PlanController {

    private static final String PLAN = "/sager/{caseId}/plan";

    private final ChildPlans plans;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PlanController(ChildPlans plans, CurrentUsers currentUsers, Clock clock) {
        this.plans = plans;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(PLAN)
    String plan(@PathVariable long caseId, Model model) {
        model.addAttribute("overview", plans.overview(currentUsers.require(), caseId));
        model.addAttribute("activeNav", "cases");
        return "plan/plan";
    }

    /** The plan and goals in brief, loaded into the child's page. */
    @GetMapping(PLAN + "/udsnit")
    String section(@PathVariable long caseId, Model model) {
        model.addAttribute("overview", plans.overview(currentUsers.require(), caseId));
        return "plan/section :: section";
    }

    @GetMapping(PLAN + "/rediger")
    @PreAuthorize(PlanPaths.WRITERS)
    String edit(@PathVariable long caseId, Model model) {
        PlanOverview overview = plans.overview(currentUsers.require(), caseId);
        PlanForm form = overview.hasPlan() ? PlanForm.of(overview.plan()) : new PlanForm();
        if (!overview.hasPlan()) {
            form.setEstablishedOn(LocalDate.now(clock).toString());
        }
        return formPage(overview, form, Map.of(), model);
    }

    @PostMapping(PLAN)
    @PreAuthorize(PlanPaths.WRITERS)
    String save(@PathVariable long caseId, @ModelAttribute("form") PlanForm form, Model model,
            RedirectAttributes redirect) {
        FieldErrors parsing = new FieldErrors();
        var draft = form.toDraft(parsing);
        Map<String, String> errors = FormSubmission.run(parsing.asMap(), () -> {
            if (form.isNew()) {
                plans.establish(currentUsers.require(), caseId, draft);
            } else {
                plans.update(currentUsers.require(), caseId, Parse.version(form.getVersion()), draft);
            }
        });
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("message", "Planen er gemt.");
            return PlanPaths.plan(caseId);
        }
        PlanOverview overview = plans.overview(currentUsers.require(), caseId);
        if (errors.containsKey(PlanPaths.CONFLICT)) {
            form.setVersion(String.valueOf(overview.plan().version()));
        }
        return formPage(overview, form, errors, model);
    }

    /** Barnets lov § 91, stk. 1: whether a plan is made after a § 32 decision, and why. */
    @PostMapping(PLAN + "/stillingtagen/{stanceId}")
    @PreAuthorize(PlanPaths.WRITERS)
    String stance(@PathVariable long caseId, @PathVariable long stanceId, @RequestParam(required = false) String planNeeded,
            @RequestParam(required = false) String reason, @RequestParam String version, Model model,
            RedirectAttributes redirect) {
        Boolean needed = planNeeded == null || planNeeded.isBlank() ? null : Boolean.valueOf(planNeeded);
        Map<String, String> errors = FormSubmission.run(Map.of(), () -> plans.recordStance(currentUsers.require(),
                caseId, stanceId, Parse.version(version), needed, reason));
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("message", Boolean.TRUE.equals(needed)
                    ? "Stillingtagen er gemt. Planen skal foreligge senest 3 måneder efter afgørelsen."
                    : "Stillingtagen er gemt.");
            return PlanPaths.plan(caseId);
        }
        model.addAttribute("overview", plans.overview(currentUsers.require(), caseId));
        model.addAttribute("errors", errors);
        model.addAttribute("stanceId", stanceId);
        model.addAttribute("stance", new Stance(planNeeded, reason));
        model.addAttribute("activeNav", "cases");
        return "plan/plan";
    }

    private static String formPage(PlanOverview overview, PlanForm form, Map<String, String> errors, Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activeNav", "cases");
        return "plan/plan-form";
    }

    /** The stance as typed, shown again with its messages. */
    record Stance(String planNeeded, String reason) {
    }
}
