package dk.spor.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dk.spor.casefile.CasePhase;

/**
 * The deadlines of one case, computed from its events as the deadline rules would: each is met by the event that
 * completes it, and stays open while that event has not happened. All are assigned to the case's caseworker.
 */
final class CaseDeadlines {

    private final ZoneId zone;
    private final CaseCourse course;
    private final Long assignee;
    private final List<DemoCase.Due> followUps = new ArrayList<>();
    private Instant assessed;
    private Instant receiptConfirmed;
    private Instant investigationCompleted;
    private Instant decided;
    private Instant planMade;

    CaseDeadlines(ZoneId zone, CaseCourse course, Long assignee) {
        this.zone = zone;
        this.course = course;
        this.assignee = assignee;
    }

    void assessed(Instant at) {
        assessed = at;
    }

    void receiptConfirmed(Instant at) {
        receiptConfirmed = at;
    }

    void investigationCompleted(Instant at) {
        investigationCompleted = at;
    }

    void decided(Instant at) {
        decided = at;
    }

    void planMade(Instant at) {
        planMade = at;
    }

    void followUp(String ruleId, String title, Instant triggeredAt, Instant dueAt, Instant metAt) {
        followUps.add(new DemoCase.Due(ruleId, title, triggeredAt, dueAt, metAt, assignee));
    }

    /** Barnets lov: the investigation is finished within 4 months of the awareness date. */
    Instant investigationDue() {
        return endOf(awarenessDate().plusMonths(4));
    }

    List<DemoCase.Due> all() {
        Instant received = course.received();
        List<DemoCase.Due> all = new ArrayList<>();
        all.add(due("concern-report.assess-24h", "Vurdér underretningen inden for 24 timer", received,
                received.plus(Duration.ofHours(24)), assessed));
        if (course.concern().reporter().professional) {
            all.add(due("concern-report.confirm-receipt", "Kvittér for modtagelsen til underretter", received,
                    endOf(DanishWorkingDays.plus(awarenessDate(), 6)), receiptConfirmed));
        }
        if (course.includes(CasePhase.CHILD_INVESTIGATION)) {
            all.add(due("child-investigation.complete-4-months", "Afslut den børnefaglige undersøgelse",
                    awarenessDate().atStartOfDay(zone).toInstant(), investigationDue(), investigationCompleted));
        }
        if (decided != null && course.intervention() != Intervention.COMPENSATION) {
            all.add(due("child-plan.after-decision", "Udarbejd barnets plan", decided,
                    decided.atZone(zone).plusMonths(3).toInstant(), planMade));
        }
        all.addAll(followUps);
        return List.copyOf(all);
    }

    private DemoCase.Due due(String ruleId, String title, Instant triggeredAt, Instant dueAt, Instant metAt) {
        return new DemoCase.Due(ruleId, title, triggeredAt, dueAt, metAt, assignee);
    }

    private LocalDate awarenessDate() {
        return course.received().atZone(zone).toLocalDate();
    }

    private Instant endOf(LocalDate date) {
        return endOf(date, zone);
    }

    static Instant endOf(LocalDate date, ZoneId zone) {
        return date.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
    }
}
