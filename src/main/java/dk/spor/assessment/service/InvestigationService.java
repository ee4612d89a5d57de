package dk.spor.assessment.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import dk.spor.assessment.ChildInvestigationCompleted;
import dk.spor.assessment.ChildInvestigationStarted;
import dk.spor.assessment.FocusedAssessmentStarted;
import dk.spor.assessment.InvestigationKind;
import dk.spor.assessment.domain.ChildInvestigationDeadline;
import dk.spor.assessment.domain.ConclusionDraft;
import dk.spor.assessment.domain.Investigation;
import dk.spor.assessment.domain.InvestigationSection;
import dk.spor.assessment.domain.NewInvestigation;
import dk.spor.assessment.domain.PlanDraft;
import dk.spor.assessment.domain.PreliminaryAssessment;
import dk.spor.assessment.domain.SectionDraft;
import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.CasePhase;
import dk.spor.organisation.CurrentUser;
import dk.spor.platform.ClockConfiguration;
import dk.spor.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import dk.spor.casefile.CasePhaseChanged;
import dk.spor.organisation.AccessScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Afdækning (§ 19) and børnefaglig undersøgelse (§§ 20–23): starting, the plan and the ICS sections as drafts,
 * the preliminary assessment when the BFU deadline is missed, widening an afdækning to a BFU, and completion.
 */
@Service
public class InvestigationService {

    private final CaseAccess access;
    private final InvestigationRepository investigations;
    private final CaseFiles caseFiles;
    private final AssessmentChronology chronology;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvestigationService(CaseAccess access, InvestigationRepository investigations, CaseFiles caseFiles,
            AssessmentChronology chronology, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.investigations = investigations;
        this.caseFiles = caseFiles;
        this.chronology = chronology;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** T3/T4: the screening chose an investigation; its clock starts at the case's awareness date. */
    void startAfterScreening(CaseFile caseFile, InvestigationKind kind, long actorId) {
        start(caseFile, kind, caseFile.awarenessDate(), "Screeningens udfald", actorId);
    }

    /**
     * A case moved into a børnefaglig undersøgelse from outside this module (the decision to start one, barnets lov
     * § 20) gets its investigation, so the BFU and its clock exist however the case got there.
     */
    @ApplicationModuleListener
    void on(CasePhaseChanged changed) {
        if (changed.to() != CasePhase.CHILD_INVESTIGATION || investigations.ofCase(changed.caseId()).stream()
                .anyMatch(i -> i.isChildInvestigation() && !i.isCompleted())) {
            return;
        }
        caseFiles.caseFile(AccessScope.all(), changed.caseId()).ifPresent(caseFile -> start(caseFile,
                InvestigationKind.CHILD_INVESTIGATION, caseFile.awarenessDate(), "Afgørelse om børnefaglig undersøgelse",
                changed.actorId() == null ? caseFile.caseworkerId() : changed.actorId()));
    }

    /** T21: new information on a screened case calls for a new afdækning or BFU. */
    @Transactional
    public long startOnNewInformation(CurrentUser user, long caseId, int caseVersion, NewInvestigation request) {
        CaseFile caseFile = access.requireOpen(user, caseId, caseVersion);
        request.validate(today());
        NewInvestigation.checkAllowed(caseFile.phase(), request.kind(), investigations.hasOpen(caseId));
        if (caseFile.phase() != request.kind().casePhase()) {
            caseFiles.moveTo(caseId, request.kind().casePhase(), request.reason(), user.id());
        }
        return start(caseFile, request.kind(), request.awarenessDate(), request.reason(), user.id());
    }

    @Transactional
    public void savePlan(CurrentUser user, long caseId, long investigationId, PlanDraft plan, int expectedVersion) {
        Open open = open(user, caseId, investigationId);
        open.investigation().requireChangeableOn(today());
        plan.validate(open.investigation(), open.investigation().startedAt()
                .atZone(ClockConfiguration.DANISH_TIME).toLocalDate());
        investigations.savePlan(investigationId, plan, expectedVersion, user.id(), clock.instant());
        audit.write(AuditAction.UPDATE, open.childId(), "investigation-plan", investigationId,
                "Undersøgelsesplan gemt");
    }

    @Transactional
    public void saveSection(CurrentUser user, long caseId, long investigationId, String dimensionCode,
            SectionDraft section, int expectedVersion) {
        Open open = open(user, caseId, investigationId);
        InvestigationSection current = investigations.section(investigationId, dimensionCode)
                .orElseThrow(() -> new NotFound("No ICS dimension " + dimensionCode));
        open.investigation().requireChangeableOn(today());
        section.validate();
        investigations.saveSection(investigationId, current.dimension(), section, expectedVersion, user.id(),
                clock.instant());
        audit.write(AuditAction.UPDATE, open.childId(), "investigation-section", investigationId,
                "Afsnit gemt: " + current.dimension().name());
    }

    /** Saves the views and conclusion as a draft, or completes the investigation when {@code completing}. */
    @Transactional
    public void saveConclusion(CurrentUser user, long caseId, long investigationId, ConclusionDraft draft,
            boolean completing, int expectedVersion) {
        Open open = open(user, caseId, investigationId);
        Investigation investigation = open.investigation();
        investigation.checkConclusion(draft, completing, today());
        Instant now = clock.instant();
        investigations.saveConclusion(investigationId, expectedVersion, draft, completing, user.id(), now);
        audit.write(AuditAction.UPDATE, open.childId(), "investigation", investigationId,
                completing ? investigation.kind().danishLabel() + " afsluttet" : "Konklusion gemt som kladde");
        if (completing) {
            chronology.record(caseId, now, "investigation.completed",
                    investigation.kind().danishLabel() + " afsluttet", draft.conclusion(), user.id());
            if (investigation.isChildInvestigation()) {
                events.publishEvent(new ChildInvestigationCompleted(investigationId, caseId, open.childId(), now));
            }
        }
    }

    @Transactional
    public void savePreliminaryAssessment(CurrentUser user, long caseId, long investigationId,
            PreliminaryAssessment assessment, int expectedVersion) {
        Open open = open(user, caseId, investigationId);
        open.investigation().requirePreliminaryAssessmentAllowed();
        assessment.validate();
        Instant now = clock.instant();
        investigations.savePreliminaryAssessment(investigationId, expectedVersion, assessment, now);
        chronology.record(caseId, now, "investigation.preliminary",
                "Foreløbig vurdering i den børnefaglige undersøgelse", assessment.text(), user.id());
        audit.write(AuditAction.UPDATE, open.childId(), "investigation", investigationId, "Foreløbig vurdering gemt");
    }

    /** T7: the afdækning becomes a BFU; the case moves on and the 4-month clock runs from the awareness date. */
    @Transactional
    public void escalate(CurrentUser user, long caseId, long investigationId, String reason, int expectedVersion) {
        Open open = open(user, caseId, investigationId);
        Investigation investigation = open.investigation();
        investigation.checkEscalation(reason, today());
        Instant now = clock.instant();
        investigations.escalate(investigationId, expectedVersion, reason, now);
        caseFiles.moveTo(caseId, CasePhase.CHILD_INVESTIGATION, reason, user.id());
        chronology.record(caseId, now, "investigation.escalated",
                "Afdækningen er udvidet til en børnefaglig undersøgelse", reason, user.id());
        audit.write(AuditAction.UPDATE, open.childId(), "investigation", investigationId,
                "Udvidet til børnefaglig undersøgelse");
        events.publishEvent(new ChildInvestigationStarted(investigationId, caseId, open.childId(),
                investigation.awarenessDate(), ChildInvestigationDeadline.dueDate(investigation.awarenessDate()), now));
    }

    private long start(CaseFile caseFile, InvestigationKind kind, LocalDate awarenessDate, String reason,
            long actorId) {
        Instant now = clock.instant();
        long id = investigations.insert(caseFile.id(), kind, awarenessDate, reason, actorId, now);
        chronology.record(caseFile.id(), now, "investigation.started", kind.danishLabel() + " startet", reason,
                actorId);
        audit.write(AuditAction.CREATE, caseFile.childId(), "investigation", id, kind.danishLabel() + " startet");
        events.publishEvent(kind == InvestigationKind.CHILD_INVESTIGATION
                ? new ChildInvestigationStarted(id, caseFile.id(), caseFile.childId(), awarenessDate,
                        ChildInvestigationDeadline.dueDate(awarenessDate), now)
                : new FocusedAssessmentStarted(id, caseFile.id(), caseFile.childId(), now));
        return id;
    }

    /** An investigation on an open case the user may see. */
    Open open(CurrentUser user, long caseId, long investigationId) {
        CaseFile caseFile = access.requireOpen(user, caseId);
        Investigation investigation = investigations.find(caseId, investigationId)
                .orElseThrow(() -> new NotFound("Investigation " + investigationId + " is not on the case"));
        return new Open(caseFile, investigation);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    record Open(CaseFile caseFile, Investigation investigation) {

        long childId() {
            return caseFile.childId();
        }
    }
}
