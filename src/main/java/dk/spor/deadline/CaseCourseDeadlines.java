package dk.spor.deadline;

import java.time.Instant;

import dk.spor.assessment.ChildInvestigationCompleted;
import dk.spor.assessment.ChildInvestigationStarted;
import dk.spor.decision.DecisionMade;
import dk.spor.decision.DecisionType;
import dk.spor.intake.ConcernReport;
import dk.spor.intake.ConcernReportAssessed;
import dk.spor.intake.ConcernReportReceived;
import dk.spor.intake.ReceiptConfirmed;
import dk.spor.platform.ClockConfiguration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The statutory clock of the case course up to the decision: starts and meets deadlines on the intake, assessment
 * and decision events, so no deadline is ever typed in by hand.
 */
@Component
class CaseCourseDeadlines {

    static final String CONCERN_REPORT = ConcernReport.SUBJECT_TYPE;
    static final String INVESTIGATION = "INVESTIGATION";
    private static final String INVESTIGATION_RULE = "child-investigation.complete-4-months";
    static final String DECISION = "DECISION";

    private final Deadlines deadlines;

    CaseCourseDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** § 136: assess within 24 hours; § 137: a professional reporter gets a receipt within 6 working days. */
    @ApplicationModuleListener
    void on(ConcernReportReceived received) {
        deadlines.start(trigger("concern-report.assess-24h", received.reportId(), received.caseId(),
                received.childId(), received.assigneeId(), received.receivedAt()));
        if (received.professionalReporter()) {
            deadlines.start(trigger("concern-report.confirm-receipt", received.reportId(), received.caseId(),
                    received.childId(), received.assigneeId(), received.receivedAt()));
        }
    }

    @ApplicationModuleListener
    void on(ConcernReportAssessed assessed) {
        deadlines.complete("concern-report.assess-24h", CONCERN_REPORT, assessed.reportId(), assessed.assessedAt());
    }

    @ApplicationModuleListener
    void on(ReceiptConfirmed confirmed) {
        deadlines.complete("concern-report.confirm-receipt", CONCERN_REPORT, confirmed.reportId(), confirmed.confirmedAt());
    }

    /** § 20, stk. 3: the børnefaglig undersøgelse is finished within 4 months of the awareness date. */
    @ApplicationModuleListener
    void on(ChildInvestigationStarted started) {
        deadlines.start(new DeadlineTriggered(INVESTIGATION_RULE, INVESTIGATION, started.investigationId(),
                started.caseId(), started.childId(), null,
                started.awarenessDate().atStartOfDay(ClockConfiguration.DANISH_TIME).toInstant()));
    }

    @ApplicationModuleListener
    void on(ChildInvestigationCompleted completed) {
        deadlines.complete(INVESTIGATION_RULE, INVESTIGATION, completed.investigationId(), completed.completedAt());
    }

    /** § 91, stk. 2: a placement always gets a child's plan, due 3 months after the decision. */
    @ApplicationModuleListener
    void on(DecisionMade decision) {
        if (decision.type() == DecisionType.PLACEMENT) {
            deadlines.start(new DeadlineTriggered("child-plan.after-decision", DECISION, decision.decisionId(),
                    decision.caseId(), decision.childId(), null,
                    decision.decidedOn().atStartOfDay(ClockConfiguration.DANISH_TIME).toInstant()));
        }
    }

    private static DeadlineTriggered trigger(String ruleId, long reportId, long caseId, long childId, Long assigneeId,
            Instant at) {
        return new DeadlineTriggered(ruleId, CONCERN_REPORT, reportId, caseId, childId, assigneeId, at);
    }
}
