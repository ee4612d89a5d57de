package dk.spor.assessment.service;

import java.util.List;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.domain.Conversation;
import dk.spor.assessment.domain.ProfessionalAssessment;
import dk.spor.assessment.domain.Screening;

/**
 * The assessment work on one case: conversations, screening, investigations and assessments, with what may be
 * done next. {@code pendingAssessment} names the assessment a completed, not yet assessed investigation awaits.
 */
public record CaseAssessment(CaseHeading heading, int childAge, List<Conversation> conversations,
        String childConversationHint, Screening screening, List<InvestigationDetails> investigations,
        List<ProfessionalAssessment> assessments, boolean canScreen, boolean canStartInvestigation,
        AssessmentContext pendingAssessment) {

    public InvestigationDetails openInvestigation() {
        return investigations.stream().filter(i -> !i.investigation().isCompleted()).findFirst().orElse(null);
    }
}
