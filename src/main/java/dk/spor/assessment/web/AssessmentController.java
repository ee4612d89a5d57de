package dk.spor.assessment.web;

import dk.spor.assessment.service.AssessmentQueries;
import dk.spor.organisation.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The case's assessment work on one page: conversations, screening, investigations and assessments. */
@Controller
@PreAuthorize(AssessmentPaths.READERS)
class AssessmentController {

    private final AssessmentQueries queries;
    private final CurrentUsers currentUsers;

    AssessmentController(AssessmentQueries queries, CurrentUsers currentUsers) {
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @GetMapping(AssessmentPaths.CASE)
    String overview(@PathVariable long caseId, Model model) {
        model.addAttribute("assessment", queries.caseAssessment(currentUsers.require(), caseId));
        model.addAttribute("activeNav", "cases");
        return "assessment/overview";
    }
}
