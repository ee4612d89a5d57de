package dk.spor.statusreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A running intervention as its provider sees it: the child (first name, birth date and school only), what the
 * intervention is for and which goals it works toward, who the caseworker is, and where its status report stands.
 */
public record Delivery(long interventionId, long caseId, long childId, String childFirstName, LocalDate childBirthDate,
        String school, String interventionName, String purpose, LocalDate startedOn, List<String> goals,
        String caseworkerName, String caseworkerEmail, Long openReportId, StatusReportStatus openReportStatus,
        LocalDate reportDueOn, Instant lastReportSubmittedAt) {

    public Delivery {
        goals = List.copyOf(goals);
    }
}
