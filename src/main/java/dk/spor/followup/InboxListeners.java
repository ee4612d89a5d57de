package dk.spor.followup;

import java.util.EnumSet;
import java.util.Set;

import dk.spor.assessment.ChildInvestigationStarted;
import dk.spor.assessment.FocusedAssessmentStarted;
import dk.spor.assessment.InvestigationKind;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.CasePhase;
import dk.spor.intake.ConcernReport;
import dk.spor.intake.ConcernReportReceived;
import dk.spor.intake.Intake;
import dk.spor.organisation.AccessScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fills the inbox from other modules' events: a concern report or request on a case that is past intake is new
 * information on a running case; and a started investigation closes the loop an assessment opened.
 */
@Component
class InboxListeners {

    /** Phases where a new report starts the case's own intake work (assessment, screening) instead. */
    private static final Set<CasePhase> INTAKE = EnumSet.of(CasePhase.NOTIFICATION_RECEIVED,
            CasePhase.INITIAL_CONVERSATIONS, CasePhase.SCREENING, CasePhase.CLOSED);
    private static final int SUMMARY_LENGTH = 500;

    private final NewInformationInbox inbox;
    private final CaseFiles caseFiles;
    private final Intake intake;

    InboxListeners(NewInformationInbox inbox, CaseFiles caseFiles, Intake intake) {
        this.inbox = inbox;
        this.caseFiles = caseFiles;
        this.intake = intake;
    }

    @ApplicationModuleListener
    void on(ConcernReportReceived received) {
        boolean pastIntake = caseFiles.caseFile(AccessScope.all(), received.caseId())
                .filter(c -> c.isOpen() && !INTAKE.contains(c.phase())).isPresent();
        if (!pastIntake) {
            return;
        }
        intake.reportsOfChild(received.childId()).stream().filter(r -> r.id() == received.reportId()).findFirst()
                .ifPresent(report -> inbox.register(NewInformationSource.CONCERN_REPORT, report.id(),
                        received.caseId(), received.childId(), report.receivedAt(), title(report),
                        abbreviate(report.content())));
    }

    @ApplicationModuleListener
    void on(FocusedAssessmentStarted started) {
        inbox.investigationStarted(started.caseId(), InvestigationKind.FOCUSED_ASSESSMENT, started.startedAt());
    }

    @ApplicationModuleListener
    void on(ChildInvestigationStarted started) {
        inbox.investigationStarted(started.caseId(), InvestigationKind.CHILD_INVESTIGATION, started.startedAt());
        // A BFU covers more than an afdækning, so it also answers a decided afdækning.
        inbox.investigationStarted(started.caseId(), InvestigationKind.FOCUSED_ASSESSMENT, started.startedAt());
    }

    private static String title(ConcernReport report) {
        return report.kind().danishLabel() + ": " + report.reporterDescription();
    }

    private static String abbreviate(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1).strip() + "…";
    }
}
