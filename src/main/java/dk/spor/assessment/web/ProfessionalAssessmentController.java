package dk.spor.assessment.web;

import java.util.Arrays;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.AssessmentOutcome;
import dk.spor.assessment.service.AssessmentQueries;
import dk.spor.assessment.service.CaseAssessment;
import dk.spor.assessment.service.ProfessionalAssessmentService;
import dk.spor.organisation.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a socialfaglig vurdering after an afdækning or BFU, or on new information, and reading one. */
@Controller
@PreAuthorize(AssessmentPaths.READERS)
class ProfessionalAssessmentController {

    private static final String ASSESSMENTS = AssessmentPaths.CASE + "/vurderinger";
    private static final String FORM_VIEW = "assessment/professional-assessment-form";

    private final ProfessionalAssessmentService assessments;
    private final AssessmentQueries queries;
    private final CurrentUsers currentUsers;

    ProfessionalAssessmentController(ProfessionalAssessmentService assessments, AssessmentQueries queries,
            CurrentUsers currentUsers) {
        this.assessments = assessments;
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @GetMapping(ASSESSMENTS + "/ny")
    @PreAuthorize(AssessmentPaths.WRITERS)
    String newAssessment(@PathVariable long caseId, @RequestParam("kontekst") AssessmentContext context,
            Model model) {
        CaseAssessment assessment = queries.caseAssessment(currentUsers.require(), caseId);
        int caseVersion = assessment.heading().caseFile().version();
        model.addAttribute("form", ProfessionalAssessmentForm.empty(context));
        return formPage(assessment, context, caseVersion, model);
    }

    @PostMapping(ASSESSMENTS)
    @PreAuthorize(AssessmentPaths.WRITERS)
    String record(@PathVariable long caseId, @ModelAttribute("form") ProfessionalAssessmentForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        var recorded = Submission.call(binding, () -> assessments.record(currentUsers.require(), caseId,
                Forms.version(form.caseVersion()), form.toAssessment()));
        if (recorded.isPresent()) {
            redirect.addFlashAttribute("message", "Den socialfaglige vurdering er gemt.");
            return "redirect:/sager/" + caseId + "/udredning/vurderinger/" + recorded.get();
        }
        CaseAssessment assessment = queries.caseAssessment(currentUsers.require(), caseId);
        AssessmentContext context = form.assessmentContext() == null ? AssessmentContext.NEW_INFORMATION
                : form.assessmentContext();
        int caseVersion = assessment.heading().caseFile().version();
        return formPage(assessment, context, Submission.versionToShow(binding, form.caseVersion(), caseVersion), model);
    }

    @GetMapping(ASSESSMENTS + "/{assessmentId}")
    String assessment(@PathVariable long caseId, @PathVariable long assessmentId, Model model) {
        var page = queries.professionalAssessment(currentUsers.require(), caseId, assessmentId);
        model.addAttribute("heading", page.heading());
        model.addAttribute("assessment", page.content());
        model.addAttribute("activeNav", "cases");
        return "assessment/professional-assessment";
    }

    private static String formPage(CaseAssessment assessment, AssessmentContext context, int caseVersion,
            Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("context", context);
        model.addAttribute("caseVersion", caseVersion);
        model.addAttribute("outcomes", Arrays.stream(AssessmentOutcome.values())
                .filter(outcome -> outcome.allowedIn(context)).toList());
        model.addAttribute("activeNav", "cases");
        return FORM_VIEW;
    }
}
