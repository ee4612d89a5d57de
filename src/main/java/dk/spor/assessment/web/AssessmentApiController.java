package dk.spor.assessment.web;

import java.util.List;

import dk.spor.assessment.domain.Conversation;
import dk.spor.assessment.domain.ProfessionalAssessment;
import dk.spor.assessment.domain.Screening;
import dk.spor.assessment.service.AssessmentQueries;
import dk.spor.assessment.service.CaseAssessment;
import dk.spor.assessment.service.InvestigationDetails;
import dk.spor.casefile.CasePhase;
import dk.spor.organisation.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The assessment work of a case as JSON, under the same access rules and audit as the pages. */
@RestController
@PreAuthorize(AssessmentPaths.READERS)
class AssessmentApiController {

    private final AssessmentQueries queries;
    private final CurrentUsers currentUsers;

    AssessmentApiController(AssessmentQueries queries, CurrentUsers currentUsers) {
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/cases/{caseId}/assessment")
    AssessmentResource assessment(@PathVariable long caseId) {
        return AssessmentResource.of(queries.caseAssessment(currentUsers.require(), caseId));
    }

    /** The child is named by id only: the API does not repeat the child's personal data. */
    record AssessmentResource(long caseId, long childId, CasePhase phase, List<Conversation> conversations,
            Screening screening, List<InvestigationDetails> investigations,
            List<ProfessionalAssessment> professionalAssessments) {

        static AssessmentResource of(CaseAssessment assessment) {
            return new AssessmentResource(assessment.heading().caseId(), assessment.heading().childId(),
                    assessment.heading().caseFile().phase(), assessment.conversations(), assessment.screening(),
                    assessment.investigations(), assessment.assessments());
        }
    }
}
