package dk.spor.assessment.service;

import java.time.Clock;
import java.time.Instant;

import dk.spor.assessment.ScreeningConcluded;
import dk.spor.assessment.ScreeningOutcome;
import dk.spor.assessment.domain.AssessmentRejected;
import dk.spor.assessment.domain.NewScreening;
import dk.spor.assessment.domain.ScreeningRoute;
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
 * Concludes the screening (barnets lov § 18): saves the written assessment, moves the case to the outcome's phase
 * and, for an afdækning or BFU, starts the investigation.
 */
@Service
public class ScreeningService {

    private final CaseAccess access;
    private final ScreeningRepository screenings;
    private final InvestigationService investigations;
    private final CaseFiles caseFiles;
    private final AssessmentChronology chronology;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningService(CaseAccess access, ScreeningRepository screenings, InvestigationService investigations,
            CaseFiles caseFiles, AssessmentChronology chronology, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.screenings = screenings;
        this.investigations = investigations;
        this.caseFiles = caseFiles;
        this.chronology = chronology;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void conclude(CurrentUser user, long caseId, int caseVersion, NewScreening screening) {
        CaseFile caseFile = access.requireOpen(user, caseId, caseVersion);
        if (screenings.ofCase(caseId).isPresent()) {
            throw new AssessmentRejected("Screeningen på sagen er allerede afsluttet.");
        }
        screening.validate();
        ScreeningOutcome outcome = screening.outcome();
        var phases = ScreeningRoute.phases(caseFile.phase(), outcome);
        Instant now = clock.instant();
        long id = screenings.insert(caseId, screening, user.id(), now);
        chronology.record(caseId, now, "screening", "Screening afsluttet: " + outcome.danishLabel(),
                screening.conclusion(), user.id());
        for (CasePhase phase : phases) {
            caseFiles.moveTo(caseId, phase, reasonFor(phase, screening), user.id());
        }
        audit.write(AuditAction.CREATE, caseFile.childId(), "screening", id, "Screening afsluttet");
        events.publishEvent(new ScreeningConcluded(caseId, caseFile.childId(), outcome));
        outcome.investigation().ifPresent(kind -> investigations.startAfterScreening(caseFile, kind, user.id()));
    }

    private static String reasonFor(CasePhase phase, NewScreening screening) {
        if (phase == CasePhase.CLOSED) {
            return screening.closingReason();
        }
        return phase == CasePhase.SCREENING ? "Screeningen afsluttes"
                : "Screeningens udfald: " + screening.outcome().danishLabel();
    }
}
