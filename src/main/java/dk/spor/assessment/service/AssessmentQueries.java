package dk.spor.assessment.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.domain.ChildConversationHint;
import dk.spor.assessment.domain.Conversation;
import dk.spor.assessment.domain.Investigation;
import dk.spor.assessment.domain.ProfessionalAssessment;
import dk.spor.assessment.domain.ScreeningRoute;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CasePhase;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.Child;
import dk.spor.people.People;
import dk.spor.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the assessment work of a case for its pages and the API, within the user's access, and audits each read
 * (in the same transaction, so a read that cannot be logged is not shown).
 */
@Service
@Transactional
public class AssessmentQueries {

    private final CaseAccess access;
    private final ConversationRepository conversations;
    private final ScreeningRepository screenings;
    private final InvestigationRepository investigations;
    private final InformationRequestRepository requests;
    private final ProfessionalAssessmentRepository assessments;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentQueries(CaseAccess access, ConversationRepository conversations, ScreeningRepository screenings,
            InvestigationRepository investigations, InformationRequestRepository requests,
            ProfessionalAssessmentRepository assessments, People people, AuditLog audit, Clock clock) {
        this.access = access;
        this.conversations = conversations;
        this.screenings = screenings;
        this.investigations = investigations;
        this.requests = requests;
        this.assessments = assessments;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public CaseAssessment caseAssessment(CurrentUser user, long caseId) {
        CaseFile caseFile = access.require(user, caseId);
        LocalDate today = LocalDate.now(clock);
        Child child = people.child(caseFile.childId()).orElseThrow();
        int age = child.ageOn(today);
        List<Conversation> held = conversations.ofCase(caseId);
        List<ProfessionalAssessment> written = assessments.ofCase(caseId);
        List<InvestigationDetails> details = investigations.ofCase(caseId).stream()
                .map(i -> details(i, written, today)).toList();
        boolean open = caseFile.isOpen();
        var screening = screenings.ofCase(caseId);
        audit.read(caseFile.childId(), "assessment", caseId, "Udredning");
        return new CaseAssessment(new CaseHeading(caseFile, child.fullName()), age, held,
                open ? ChildConversationHint.of(held, age).orElse(null) : null, screening.orElse(null), details,
                written, open && screening.isEmpty() && ScreeningRoute.canScreen(caseFile.phase()),
                open && canStartInvestigation(caseFile.phase(), details), pendingAssessment(open, details));
    }

    /** The case and child for a form page; audited as a read of the case for {@code purpose}. */
    public CaseHeading heading(CurrentUser user, long caseId, String purpose) {
        CaseFile caseFile = access.require(user, caseId);
        audit.read(caseFile.childId(), "case", caseId, purpose);
        return heading(caseFile);
    }

    public CasePage<InvestigationDetails> investigation(CurrentUser user, long caseId, long investigationId) {
        CaseFile caseFile = access.require(user, caseId);
        Investigation investigation = investigations.find(caseId, investigationId)
                .orElseThrow(() -> new NotFound("Investigation " + investigationId + " is not on the case"));
        audit.read(caseFile.childId(), "investigation", investigationId, investigation.kind().danishLabel());
        return new CasePage<>(heading(caseFile),
                details(investigation, assessments.ofCase(caseId), LocalDate.now(clock)));
    }

    public CasePage<ProfessionalAssessment> professionalAssessment(CurrentUser user, long caseId, long assessmentId) {
        CaseFile caseFile = access.require(user, caseId);
        ProfessionalAssessment assessment = assessments.find(caseId, assessmentId)
                .orElseThrow(() -> new NotFound("Professional assessment " + assessmentId + " is not on the case"));
        audit.read(caseFile.childId(), "professional-assessment", assessmentId, "Socialfaglig vurdering");
        return new CasePage<>(heading(caseFile), assessment);
    }

    private CaseHeading heading(CaseFile caseFile) {
        return new CaseHeading(caseFile, people.child(caseFile.childId()).map(Child::fullName).orElse(""));
    }

    private InvestigationDetails details(Investigation investigation, List<ProfessionalAssessment> written,
            LocalDate today) {
        boolean assessed = written.stream().anyMatch(a -> Long.valueOf(investigation.id()).equals(a.investigationId()));
        return InvestigationDetails.of(investigation, investigations.plan(investigation.id()),
                investigations.sections(investigation.id()), requests.ofInvestigation(investigation.id()), assessed,
                today);
    }

    /** T21 applies to a screened case with no investigation running. */
    private static boolean canStartInvestigation(CasePhase phase, List<InvestigationDetails> details) {
        return !ScreeningRoute.canScreen(phase) && phase != CasePhase.CLOSED
                && details.stream().allMatch(d -> d.investigation().isCompleted());
    }

    private static AssessmentContext pendingAssessment(boolean open, List<InvestigationDetails> details) {
        if (!open || details.isEmpty()) {
            return null;
        }
        InvestigationDetails latest = details.get(0);
        return latest.investigation().isCompleted() && !latest.assessed()
                ? AssessmentContext.after(latest.investigation().kind()) : null;
    }
}
