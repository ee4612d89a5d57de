package dk.spor.statusreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A status report as read: which intervention and provider it is about, where it stands, and what it says.
 * {@code dueOn} is the date the caseworker asked for it by, if they asked.
 */
public record StatusReport(long id, long caseId, long childId, String childFirstName, long interventionId,
        String interventionName, long providerId, String providerName, StatusReportStatus status, LocalDate dueOn,
        StatusReportDraft content, String submittedByName, Instant submittedAt, int version) {

    public boolean isSubmitted() {
        return status == StatusReportStatus.SUBMITTED;
    }
}
