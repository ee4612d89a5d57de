package dk.spor.deadline;

import dk.spor.casefile.CaseAssigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Starts and completes deadlines on other modules' events, and moves open tasks when a case changes hands. */
@Component
class DeadlineListeners {

    private final Deadlines deadlines;

    DeadlineListeners(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @ApplicationModuleListener
    void on(DeadlineTriggered trigger) {
        deadlines.start(trigger);
    }

    @ApplicationModuleListener
    void on(DeadlineCompleted completed) {
        deadlines.complete(completed.ruleId(), completed.subjectType(), completed.subjectId(),
                completed.occurredAt());
    }

    @ApplicationModuleListener
    void on(CaseAssigned assigned) {
        deadlines.reassignOpen(assigned.caseId(), assigned.caseworkerId());
    }
}
