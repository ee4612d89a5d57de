package dk.spor.assessment.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.InvestigationKind;
import dk.spor.assessment.ProfessionalAssessmentRecorded;
import dk.spor.assessment.domain.AssessmentRejected;
import dk.spor.assessment.domain.Investigation;
import dk.spor.assessment.domain.NewProfessionalAssessment;
import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.CasePhase;
import dk.spor.organisation.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Socialfaglige vurderinger (case course S4, T8–T11, T24): one concludes each completed afdækning or BFU, and new
 * information on a screened case gets one too. The outcome moves the case to a decision or closes it.
 */
@Service
public class ProfessionalAssessmentService {

    private static final Set<CasePhase> BEFORE_SCREENING = Set.of(CasePhase.NOTIFICATION_RECEIVED,
            CasePhase.INITIAL_CONVERSATIONS, CasePhase.SCREENING);

    private final CaseAccess access;
    private final ProfessionalAssessmentRepository assessments;
    private final InvestigationRepository investigations;
    private final CaseFiles caseFiles;
    private final AssessmentChronology chronology;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfessionalAssessmentService(CaseAccess access, ProfessionalAssessmentRepository assessments,
            InvestigationRepository investigations, CaseFiles caseFiles, AssessmentChronology chronology,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.investigations = investigations;
        this.caseFiles = caseFiles;
        this.chronology = chronology;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long record(CurrentUser user, long caseId, int caseVersion, NewProfessionalAssessment assessment) {
        CaseFile caseFile = access.requireOpen(user, caseId, caseVersion);
        assessment.validate();
        Long investigationId = assessedInvestigation(caseFile, assessment.context());
        Instant now = clock.instant();
        long id = assessments.insert(caseId, investigationId, assessment, user.id(), now);
        chronology.record(caseId, now, "professional-assessment",
                "Socialfaglig vurdering: " + assessment.context().danishLabel().toLowerCase(Locale.ROOT),
                assessment.outcome().danishLabel() + ". " + assessment.conclusion(), user.id());
        switch (assessment.outcome()) {
            case DECISION -> caseFiles.moveTo(caseId, CasePhase.DECISION, "Socialfaglig vurdering", user.id());
            case CLOSE -> caseFiles.moveTo(caseId, CasePhase.CLOSED, assessment.closingReason(), user.id());
            case CONTINUE -> { }
        }
        audit.write(AuditAction.CREATE, caseFile.childId(), "professional-assessment", id, "Socialfaglig vurdering");
        events.publishEvent(new ProfessionalAssessmentRecorded(id, caseId, caseFile.childId(), assessment.context(),
                assessment.outcome()));
        return id;
    }

    /**
     * The investigation an assessment concludes: the case's latest, completed and not yet assessed. An assessment of
     * new information concludes none, but needs a screened case.
     */
    Long assessedInvestigation(CaseFile caseFile, AssessmentContext context) {
        InvestigationKind kind = context.concludes();
        if (kind == null) {
            if (BEFORE_SCREENING.contains(caseFile.phase())) {
                throw new AssessmentRejected("Sagen er ikke screenet endnu. Nye oplysninger indgår i screeningen.");
            }
            return null;
        }
        Investigation latest = investigations.ofCase(caseFile.id()).stream().findFirst()
                .filter(i -> i.kind() == kind && i.isCompleted())
                .orElseThrow(() -> new AssessmentRejected("Der er ingen afsluttet "
                        + kind.danishLabel().toLowerCase(Locale.ROOT) + " på sagen at vurdere. Afslut "
                        + kind.definiteDanish() + " først."));
        if (assessments.existsFor(latest.id())) {
            throw new AssessmentRejected("Der er allerede skrevet en socialfaglig vurdering af "
                    + kind.definiteDanish() + ".");
        }
        return latest.id();
    }
}
