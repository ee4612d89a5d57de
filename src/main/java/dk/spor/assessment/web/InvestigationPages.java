package dk.spor.assessment.web;

import dk.spor.assessment.service.AssessmentQueries;
import dk.spor.assessment.service.CasePage;
import dk.spor.assessment.service.InvestigationDetails;
import dk.spor.organisation.CurrentUsers;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Loads an investigation into the model for its page or one of its forms. */
@Component
class InvestigationPages {

    private final AssessmentQueries queries;
    private final CurrentUsers currentUsers;

    InvestigationPages(AssessmentQueries queries, CurrentUsers currentUsers) {
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    InvestigationDetails load(long caseId, long investigationId, Model model) {
        CasePage<InvestigationDetails> page = queries.investigation(currentUsers.require(), caseId, investigationId);
        model.addAttribute("heading", page.heading());
        model.addAttribute("details", page.content());
        model.addAttribute("activeNav", "cases");
        return page.content();
    }
}
