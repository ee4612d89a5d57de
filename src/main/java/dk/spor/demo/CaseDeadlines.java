package dk.spor.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dk.spor.demo.DemoCase.Subject;

/**
 * The deadlines of one case, computed from its records as the live deadline rules would: each is met by the event
 * that completes it, and stays open while that event has not happened. A deadline belongs to the record that
 * started it (the report, the investigation, the decision), as in the live system; follow-ups belong to the case.
 * All are assigned to the case's caseworker.
 */
final class CaseDeadlines {

    private final ZoneId zone;
    private final Long assignee;
    private final List<DemoCase.Due> followUps = new ArrayList<>();
    private int planDecision = -1;
    private Instant decided;
    private Instant planMade;

    CaseDeadlines(ZoneId zone, Long assignee) {
        this.zone = zone;
        this.assignee = assignee;
    }

    /** The decision (its index in the case's records) that calls for the child's plan. */
    void decided(int decision, Instant at) {
        planDecision = decision;
        decided = at;
    }

    void planMade(Instant at) {
        planMade = at;
    }

    void followUp(String ruleId, String title, Instant triggeredAt, Instant dueAt, Instant metAt) {
        followUps.add(new DemoCase.Due(ruleId, title, Subject.CASE, 0, triggeredAt, dueAt, metAt, assignee));
    }

    /** Barnets lov § 20, stk. 3: the investigation is finished within 4 months of the awareness date. */
    Instant investigationDue(LocalDate awarenessDate) {
        return endOf(awarenessDate.plusMonths(4));
    }

    List<DemoCase.Due> all(CaseRecords records) {
        List<DemoCase.Due> all = new ArrayList<>();
        for (int i = 0; i < records.reports.size(); i++) {
            CaseRecords.Report report = records.reports.get(i);
            Instant received = report.receivedAt;
            all.add(due("concern-report.assess-24h", "Vurdér underretningen inden for 24 timer", Subject.CONCERN_REPORT,
                    i, received, received.plus(Duration.ofHours(24)), report.assessedAt));
            if (report.needsReceipt()) {
                LocalDate day = received.atZone(zone).toLocalDate();
                all.add(due("concern-report.confirm-receipt", "Kvittér for modtagelsen til underretter",
                        Subject.CONCERN_REPORT, i, received, endOf(DanishWorkingDays.plus(day, 6)),
                        report.receiptConfirmedAt));
            }
        }
        for (int i = 0; i < records.investigations.size(); i++) {
            CaseRecords.Inquiry investigation = records.investigations.get(i);
            if (investigation.isChildInvestigation()) {
                all.add(due("child-investigation.complete-4-months", "Afslut den børnefaglige undersøgelse",
                        Subject.INVESTIGATION, i, investigation.awarenessDate.atStartOfDay(zone).toInstant(),
                        investigationDue(investigation.awarenessDate), investigation.completedAt));
            }
        }
        if (planDecision >= 0) {
            all.add(due("child-plan.after-decision", "Udarbejd barnets plan", Subject.DECISION, planDecision, decided,
                    decided.atZone(zone).plusMonths(3).toInstant(), planMade));
        }
        all.addAll(followUps);
        return List.copyOf(all);
    }

    private DemoCase.Due due(String ruleId, String title, Subject subject, int index, Instant triggeredAt,
            Instant dueAt, Instant metAt) {
        return new DemoCase.Due(ruleId, title, subject, index, triggeredAt, dueAt, metAt, assignee);
    }

    private Instant endOf(LocalDate date) {
        return endOf(date, zone);
    }

    static Instant endOf(LocalDate date, ZoneId zone) {
        return date.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
    }
}
