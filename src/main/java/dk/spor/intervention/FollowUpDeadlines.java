package dk.spor.intervention;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dk.spor.deadline.Deadline;
import dk.spor.deadline.DeadlineTriggered;
import dk.spor.deadline.Deadlines;
import dk.spor.platform.ClockConfiguration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Barnets lov § 95: the first follow-up within 3 months of the start. All interventions of a case are followed up
 * together, so a start adds no follow-up while the case has one open. A placement also starts the supervision
 * visits (§ 156, stk. 5). Both deadlines have the case as their subject, for the meeting module to meet.
 */
@Component
class FollowUpDeadlines {

    static final String CASE_SUBJECT = "CASE";
    static final String FIRST_FOLLOW_UP = "intervention.first-follow-up";
    static final String SUPERVISION_VISIT = "placement.supervision-visit";
    private static final Set<String> FOLLOW_UPS = Set.of(FIRST_FOLLOW_UP, "intervention.next-follow-up");

    private final Deadlines deadlines;

    FollowUpDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @ApplicationModuleListener
    void on(InterventionStarted started) {
        List<Deadline> open = deadlines.forCase(started.caseId()).stream().filter(d -> d.metAt() == null).toList();
        Instant at = started.startedOn().atStartOfDay(ClockConfiguration.DANISH_TIME).toInstant();
        if (open.stream().noneMatch(d -> FOLLOW_UPS.contains(d.ruleId()))) {
            deadlines.start(DeadlineTriggered.onCase(FIRST_FOLLOW_UP, CASE_SUBJECT, started.caseId(), started.caseId(), at));
        }
        if (started.placement() && open.stream().noneMatch(d -> d.ruleId().equals(SUPERVISION_VISIT))) {
            deadlines.start(DeadlineTriggered.onCase(SUPERVISION_VISIT, CASE_SUBJECT, started.caseId(), started.caseId(), at));
        }
    }
}
