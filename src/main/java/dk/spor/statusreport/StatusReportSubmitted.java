package dk.spor.statusreport;

import java.time.Instant;

/** A provider sent a status report to the caseworker: new information on the case that must be assessed. */
public record StatusReportSubmitted(long reportId, long caseId, long childId, long interventionId, long providerId,
        Instant submittedAt) {
}
