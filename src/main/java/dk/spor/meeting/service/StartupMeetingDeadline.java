package dk.spor.meeting.service;

import java.time.Clock;

import dk.spor.casefile.CaseAssigned;
import dk.spor.deadline.DeadlineTriggered;
import dk.spor.deadline.Deadlines;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Local practice (Herlev): the caseworker books the start-up meeting within 14 days of being assigned the case. The
 * clock starts at the first assignment only; a later reassignment moves the open task to the new caseworker.
 */
@Component
class StartupMeetingDeadline {

    static final String RULE = "startup-meeting.book";

    private final Deadlines deadlines;
    private final Clock clock;

    StartupMeetingDeadline(Deadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseAssigned assigned) {
        boolean started = deadlines.forSubject(MeetingPlanning.CASE_SUBJECT, assigned.caseId()).stream()
                .anyMatch(deadline -> deadline.ruleId().equals(RULE));
        if (!started) {
            deadlines.start(new DeadlineTriggered(RULE, MeetingPlanning.CASE_SUBJECT, assigned.caseId(),
                    assigned.caseId(), assigned.childId(), assigned.caseworkerId(), clock.instant()));
        }
    }
}
