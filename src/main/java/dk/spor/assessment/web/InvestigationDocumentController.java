package dk.spor.assessment.web;

import dk.spor.assessment.domain.InvestigationSection;
import dk.spor.assessment.service.InvestigationDetails;
import dk.spor.assessment.service.InvestigationService;
import dk.spor.organisation.CurrentUsers;
import dk.spor.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing an investigation: the plan, one ICS section at a time, the views and conclusion (a draft until
 * completed), and the preliminary assessment when a BFU misses its deadline. On a conflict the page shows the
 * saved version next to the user's text and takes the newer version, so saving again is a deliberate overwrite.
 */
@Controller
@PreAuthorize(AssessmentPaths.WRITERS)
class InvestigationDocumentController {

    private static final String PLAN_VIEW = "assessment/plan-form";
    private static final String SECTION_VIEW = "assessment/section-form";
    private static final String CONCLUSION_VIEW = "assessment/conclusion-form";
    private static final String PRELIMINARY_VIEW = "assessment/preliminary-form";

    private final InvestigationService investigations;
    private final InvestigationPages pages;
    private final CurrentUsers currentUsers;

    InvestigationDocumentController(InvestigationService investigations, InvestigationPages pages,
            CurrentUsers currentUsers) {
        this.investigations = investigations;
        this.pages = pages;
        this.currentUsers = currentUsers;
    }

    @GetMapping(AssessmentPaths.INVESTIGATION + "/plan")
    String plan(@PathVariable long caseId, @PathVariable long investigationId, Model model) {
        InvestigationDetails details = pages.load(caseId, investigationId, model);
        model.addAttribute("form", PlanForm.of(details.plan()));
        model.addAttribute("version", details.plan().version());
        return PLAN_VIEW;
    }

    @PostMapping(AssessmentPaths.INVESTIGATION + "/plan")
    String savePlan(@PathVariable long caseId, @PathVariable long investigationId,
            @ModelAttribute("form") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        var plan = form.toDraft(binding);
        if (Submission.run(binding, () -> investigations.savePlan(currentUsers.require(), caseId, investigationId,
                plan, Forms.version(form.version())))) {
            redirect.addFlashAttribute("message", "Undersøgelsesplanen er gemt.");
            return AssessmentPaths.investigation(caseId, investigationId, "plan");
        }
        InvestigationDetails details = pages.load(caseId, investigationId, model);
        return again(binding, form.version(), details.plan().version(), model, PLAN_VIEW);
    }

    @GetMapping(AssessmentPaths.INVESTIGATION + "/afsnit/{code}")
    String section(@PathVariable long caseId, @PathVariable long investigationId, @PathVariable String code,
            Model model) {
        InvestigationSection section = section(pages.load(caseId, investigationId, model), code);
        model.addAttribute("section", section);
        model.addAttribute("form", SectionForm.of(section));
        model.addAttribute("version", section.version());
        return SECTION_VIEW;
    }

    @PostMapping(AssessmentPaths.INVESTIGATION + "/afsnit/{code}")
    String saveSection(@PathVariable long caseId, @PathVariable long investigationId, @PathVariable String code,
            @ModelAttribute("form") SectionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (Submission.run(binding, () -> investigations.saveSection(currentUsers.require(), caseId, investigationId,
                code, form.toDraft(), Forms.version(form.version())))) {
            redirect.addFlashAttribute("message", "Afsnittet er gemt som kladde.");
            return AssessmentPaths.investigation(caseId, investigationId, "afsnit-" + code);
        }
        InvestigationSection section = section(pages.load(caseId, investigationId, model), code);
        model.addAttribute("section", section);
        return again(binding, form.version(), section.version(), model, SECTION_VIEW);
    }

    @GetMapping(AssessmentPaths.INVESTIGATION + "/konklusion")
    String conclusion(@PathVariable long caseId, @PathVariable long investigationId, Model model) {
        InvestigationDetails details = pages.load(caseId, investigationId, model);
        model.addAttribute("form", ConclusionForm.of(details.investigation()));
        model.addAttribute("version", details.investigation().version());
        return CONCLUSION_VIEW;
    }

    @PostMapping(AssessmentPaths.INVESTIGATION + "/konklusion")
    String saveConclusion(@PathVariable long caseId, @PathVariable long investigationId,
            @ModelAttribute("form") ConclusionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (Submission.run(binding, () -> investigations.saveConclusion(currentUsers.require(), caseId,
                investigationId, form.toDraft(), form.completing(), Forms.version(form.version())))) {
            redirect.addFlashAttribute("message", form.completing() ? "Undersøgelsen er afsluttet."
                    : "Konklusionen er gemt som kladde.");
            return AssessmentPaths.investigation(caseId, investigationId, null);
        }
        InvestigationDetails details = pages.load(caseId, investigationId, model);
        return again(binding, form.version(), details.investigation().version(), model, CONCLUSION_VIEW);
    }

    @GetMapping(AssessmentPaths.INVESTIGATION + "/foreloebig-vurdering")
    String preliminary(@PathVariable long caseId, @PathVariable long investigationId, Model model) {
        InvestigationDetails details = pages.load(caseId, investigationId, model);
        model.addAttribute("form", PreliminaryAssessmentForm.of(details.investigation()));
        model.addAttribute("version", details.investigation().version());
        return PRELIMINARY_VIEW;
    }

    @PostMapping(AssessmentPaths.INVESTIGATION + "/foreloebig-vurdering")
    String savePreliminary(@PathVariable long caseId, @PathVariable long investigationId,
            @ModelAttribute("form") PreliminaryAssessmentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (Submission.run(binding, () -> investigations.savePreliminaryAssessment(currentUsers.require(), caseId,
                investigationId, form.toAssessment(), Forms.version(form.version())))) {
            redirect.addFlashAttribute("message", "Den foreløbige vurdering er gemt.");
            return AssessmentPaths.investigation(caseId, investigationId, null);
        }
        InvestigationDetails details = pages.load(caseId, investigationId, model);
        return again(binding, form.version(), details.investigation().version(), model, PRELIMINARY_VIEW);
    }

    /** Shows the form again; after a conflict it carries the saved version so the next save overwrites it. */
    private static String again(BindingResult binding, String postedVersion, int savedVersion, Model model,
            String view) {
        model.addAttribute("conflict", Submission.conflicted(binding));
        model.addAttribute("version", Submission.versionToShow(binding, postedVersion, savedVersion));
        return view;
    }

    private static InvestigationSection section(InvestigationDetails details, String code) {
        return details.sections().stream().filter(s -> s.dimension().code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("No ICS dimension " + code));
    }
}
