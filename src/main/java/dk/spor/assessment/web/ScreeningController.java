package dk.spor.assessment.web;

import dk.spor.assessment.ScreeningOutcome;
import dk.spor.assessment.service.AssessmentQueries;
import dk.spor.assessment.service.CaseAssessment;
import dk.spor.assessment.service.ScreeningService;
import dk.spor.organisation.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screening: shown with the conversations behind it, and concluded with a written assessment. */
@Controller
@PreAuthorize(AssessmentPaths.READERS)
class ScreeningController {

    private final ScreeningService screenings;
    private final AssessmentQueries queries;
    private final CurrentUsers currentUsers;

    ScreeningController(ScreeningService screenings, AssessmentQueries queries, CurrentUsers currentUsers) {
        this.screenings = screenings;
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @GetMapping(AssessmentPaths.CASE + "/screening")
    String screening(@PathVariable long caseId, Model model) {
        CaseAssessment assessment = queries.caseAssessment(currentUsers.require(), caseId);
        int caseVersion = assessment.heading().caseFile().version();
        model.addAttribute("form", ScreeningForm.empty());
        return page(assessment, caseVersion, model);
    }

    @PostMapping(AssessmentPaths.CASE + "/screening")
    @PreAuthorize(AssessmentPaths.WRITERS)
    String conclude(@PathVariable long caseId, @ModelAttribute("form") ScreeningForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (Submission.run(binding, () -> screenings.conclude(currentUsers.require(), caseId,
                Forms.version(form.caseVersion()), form.toScreening()))) {
            redirect.addFlashAttribute("message", "Screeningen er afsluttet.");
            return AssessmentPaths.overview(caseId);
        }
        CaseAssessment assessment = queries.caseAssessment(currentUsers.require(), caseId);
        int caseVersion = assessment.heading().caseFile().version();
        return page(assessment, Submission.versionToShow(binding, form.caseVersion(), caseVersion), model);
    }

    private static String page(CaseAssessment assessment, int caseVersion, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("caseVersion", caseVersion);
        model.addAttribute("outcomes", ScreeningOutcome.values());
        model.addAttribute("activeNav", "cases");
        return "assessment/screening";
    }
}
