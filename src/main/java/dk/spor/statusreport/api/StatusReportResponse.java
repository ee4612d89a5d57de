package dk.spor.statusreport.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.statusreport.GoalSection;
import dk.spor.statusreport.StatusReport;
import dk.spor.statusreport.StatusReportDraft;

/** A status report. For the caseworker, a report not yet sent carries its state only. */
record StatusReportResponse(long id, long caseId, long childId, long interventionId, String interventionName,
        long providerId, String providerName, String status, LocalDate dueOn, LocalDate periodFrom,
        LocalDate periodTo, String whatHappened, List<GoalSection> goals, String childView, String familyCooperation,
        String concerns, String recommendation, String recommendationReason, LocalDate reviewedWithFamilyOn,
        String notReviewedReason, String submittedBy, Instant submittedAt, int version) {

    static StatusReportResponse of(StatusReport report) {
        StatusReportDraft c = report.content();
        return new StatusReportResponse(report.id(), report.caseId(), report.childId(), report.interventionId(),
                report.interventionName(), report.providerId(), report.providerName(), report.status().name(),
                report.dueOn(), c.periodFrom(), c.periodTo(), c.whatHappened(), c.goals(), c.childView(),
                c.familyCooperation(), c.concerns(), c.recommendation() == null ? null : c.recommendation().name(),
                c.recommendationReason(), c.reviewedWithFamilyOn(), c.notReviewedReason(), report.submittedByName(),
                report.submittedAt(), report.version());
    }
}
